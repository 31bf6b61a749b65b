package com.revops.domain.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FunnelStatusTest {
    private static final FunnelCounts COUNTS = new FunnelCounts(10_000, 300, 45, 18, 2, Optional.of(new BigDecimal("0.82")));

    @Test
    void phaseChangesAtFiftyAndTwoHundredPayingUsers() {
        assertThat(FunnelStatus.of(49, BigDecimal.TEN, COUNTS).phase().number()).isEqualTo(1);
        assertThat(FunnelStatus.of(50, BigDecimal.TEN, COUNTS).phase().number()).isEqualTo(2);
        assertThat(FunnelStatus.of(199, BigDecimal.TEN, COUNTS).phase().number()).isEqualTo(2);
        assertThat(FunnelStatus.of(200, BigDecimal.TEN, COUNTS).phase().number()).isEqualTo(3);
    }

    @Test
    void progressIsTheShareOfTheNextThresholdReached() {
        FunnelStatus s47 = FunnelStatus.of(47, BigDecimal.TEN, COUNTS);
        assertThat(s47.nextThreshold()).contains(50L);
        assertThat(s47.progressToNext()).isEqualByComparingTo("0.94"); // 47 of 50
        assertThat(s47.usersToNext()).contains(3L);
        FunnelStatus s120 = FunnelStatus.of(120, BigDecimal.TEN, COUNTS);
        assertThat(s120.progressToNext()).isEqualByComparingTo("0.6"); // 120 of 200
        FunnelStatus s250 = FunnelStatus.of(250, BigDecimal.TEN, COUNTS);
        assertThat(s250.nextThreshold()).isEmpty();
        assertThat(s250.progressToNext()).isEqualByComparingTo("1");
        assertThat(s250.usersToNext()).isEmpty();
    }

    @Test
    void eachStepIsJudgedAgainstItsBand() {
        // 300/10000 = 3% (2–5%: within); 45/300 = 15% (within); 18/45 = 40% (within); 2/18 = 11.1% (within); retention 82% (≥ 80%)
        FunnelStatus s = FunnelStatus.of(47, BigDecimal.TEN, new FunnelCounts(10_000, 150, 45, 10, 3, Optional.of(new BigDecimal("0.70"))));
        // 150/10000 = 1.5% below 2%; 45/150 = 30% above 20%; 10/45 = 22.2% below 30%; 3/10 = 30% above 20%; 70% below 80%
        assertThat(s.verdict(FunnelStep.IMPRESSION_TO_CLICK)).contains(FunnelStep.Verdict.BELOW);
        assertThat(s.verdict(FunnelStep.CLICK_TO_SIGNUP)).contains(FunnelStep.Verdict.ABOVE);
        assertThat(s.verdict(FunnelStep.SIGNUP_TO_TRIAL)).contains(FunnelStep.Verdict.BELOW);
        assertThat(s.verdict(FunnelStep.TRIAL_TO_PAID)).contains(FunnelStep.Verdict.ABOVE);
        assertThat(s.verdict(FunnelStep.MONTH1_RETENTION)).contains(FunnelStep.Verdict.BELOW);
        FunnelStatus ok = FunnelStatus.of(47, BigDecimal.TEN, COUNTS);
        assertThat(ok.rates().keySet()).allSatisfy(step -> assertThat(ok.verdict(step)).contains(FunnelStep.Verdict.WITHIN));
    }
}
