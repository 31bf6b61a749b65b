package com.revops.domain.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The channels' names as the operator reads them, one or many. */
class OutreachChannelTest {
    @Test
    void oneItemIsNamedInTheSingular() {
        assertThat(OutreachChannel.DM.noun(1)).isEqualTo("DM");
        assertThat(OutreachChannel.DM.noun(2)).isEqualTo("DMs");
        assertThat(OutreachChannel.DM.noun(0)).isEqualTo("DMs");
        assertThat(OutreachChannel.UPWORK.noun(1)).isEqualTo("Upwork proposal");
        assertThat(OutreachChannel.UPWORK.noun(5)).isEqualTo("Upwork proposals");
        assertThat(OutreachChannel.LINKEDIN.noun(1)).isEqualTo("LinkedIn");
    }
}
