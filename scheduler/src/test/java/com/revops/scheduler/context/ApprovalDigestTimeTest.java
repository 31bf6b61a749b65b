package com.revops.scheduler.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;

/** REVOPS_APPROVAL_DIGEST_AT: HH:mm, 08:00 when unset, a clear refusal otherwise. */
class ApprovalDigestTimeTest {
    @Test
    void unsetIsEightInTheMorning() {
        assertThat(ApprovalDigestTime.parse(Optional.empty())).isEqualTo(LocalTime.of(8, 0));
        // Quartz fields: second minute hour day-of-month month day-of-week
        assertThat(ApprovalDigestTime.cron(LocalTime.of(8, 0))).isEqualTo("0 0 8 * * ?");
    }

    @Test
    void aTimeOfDayIsTakenAsGiven() {
        assertThat(ApprovalDigestTime.parse(Optional.of("07:45"))).isEqualTo(LocalTime.of(7, 45));
        assertThat(ApprovalDigestTime.parse(Optional.of(" 6:05 "))).isEqualTo(LocalTime.of(6, 5));
        assertThat(ApprovalDigestTime.cron(LocalTime.of(7, 45))).isEqualTo("0 45 7 * * ?");
        assertThat(ApprovalDigestTime.cron(LocalTime.of(18, 5))).isEqualTo("0 5 18 * * ?");
    }

    @Test
    void anythingElseIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> ApprovalDigestTime.parse(Optional.of("25:00"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("REVOPS_APPROVAL_DIGEST_AT").hasMessageContaining("'25:00' is not a time of day as HH:mm");
        assertThatThrownBy(() -> ApprovalDigestTime.parse(Optional.of("8am"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("REVOPS_APPROVAL_DIGEST_AT");
    }
}
