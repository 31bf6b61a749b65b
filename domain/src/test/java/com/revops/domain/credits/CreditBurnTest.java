package com.revops.domain.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CreditBurnTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final CreditGovernor governor = new CreditGovernor(List.of(
            new Route("draft_generation", "haiku", false),
            new Route("revenue_report", "sonnet", true)),
            new Budget("daily", new BigDecimal("15.00"), new BigDecimal("80")),
            new Budget("monthly", new BigDecimal("400.00"), new BigDecimal("80")));

    @Test
    void atTheDailyLimitNonCriticalWorkIsSuspendedUntilLocalMidnight() {
        // 10:00 Berlin on 10 March; midnight after it is 2026-03-10T23:00Z (CET, +01:00)
        Instant asOf = Instant.parse("2026-03-10T09:00:00Z");
        CreditBurn burn = CreditBurn.of(governor, asOf, BERLIN, new BigDecimal("15.00"), new BigDecimal("120"), Map.of(), Map.of());
        assertThat(burn.todayLevel()).isEqualTo(Budget.Level.EXCEEDED);
        assertThat(burn.suspended()).extracting(r -> r.route().taskType()).containsExactly("draft_generation");
        assertThat(burn.suspendedUntil()).contains(Instant.parse("2026-03-10T23:00:00Z"));
        assertThat(CreditBurn.share(burn.spentToday(), burn.daily())).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1"));
    }

    @Test
    void theMonthlyLimitSuspendsUntilTheFirst() {
        Instant asOf = Instant.parse("2026-03-10T09:00:00Z");
        CreditBurn burn = CreditBurn.of(governor, asOf, BERLIN, new BigDecimal("15.00"), new BigDecimal("400.00"), Map.of(), Map.of());
        // 1 April 00:00 Berlin is CEST (+02:00)
        assertThat(burn.suspendedUntil()).contains(Instant.parse("2026-03-31T22:00:00Z"));
    }

    @Test
    void underTheLimitsNothingIsSuspendedAndTheWarningStartsAtEightyPercent() {
        Instant asOf = Instant.parse("2026-03-10T09:00:00Z");
        CreditBurn burn = CreditBurn.of(governor, asOf, BERLIN, new BigDecimal("12.00"), new BigDecimal("319.99"), Map.of(), Map.of());
        assertThat(burn.todayLevel()).isEqualTo(Budget.Level.WARNING);
        assertThat(burn.monthLevel()).isEqualTo(Budget.Level.OK);
        assertThat(burn.suspended()).isEmpty();
        assertThat(burn.suspendedUntil()).isEmpty();
        // March in Berlin starts 2026-02-28T23:00Z and ends 2026-03-31T22:00Z (summer time from the 29th): 743 h;
        // 226 h elapsed by 2026-03-10T09:00Z: 319.99 × 743 / 226 = 1052.0025
        assertThat(burn.projectedMonthEnd()).isCloseTo(new BigDecimal("1052.0025"), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
        assertThat(burn.projectedLevel()).isEqualTo(Budget.Level.EXCEEDED);
    }
}
