package com.revops.domain.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;

class CreditGovernorTest {
    private final CreditGovernor governor = new CreditGovernor(List.of(
            new Route("draft_generation", "haiku", false),
            new Route("research_synthesis", "sonnet", false),
            new Route("revenue_report", "sonnet", true)),
            new Budget("daily", new BigDecimal("15.00"), new BigDecimal("80")),
            new Budget("monthly", new BigDecimal("400.00"), new BigDecimal("80")));

    @Test
    void costFromTokensUsesThePricePerMillion() {
        // sonnet at $3 / $15 per million: 12,000 in + 3,500 out = 0.036 + 0.0525 = $0.0885
        ModelPrice sonnet = new ModelPrice("sonnet", new BigDecimal("3"), new BigDecimal("15"));
        assertThat(sonnet.cost(12_000, 3_500)).isEqualByComparingTo("0.0885");
        // opus at $15 / $75: 1,000,000 in + 200,000 out = 15 + 15 = $30
        assertThat(new ModelPrice("opus", new BigDecimal("15"), new BigDecimal("75")).cost(1_000_000, 200_000)).isEqualByComparingTo("30");
    }

    @Test
    void budgetLevelsChangeExactlyAtEightyAndOneHundredPercent() {
        Budget daily = governor.daily();
        assertThat(daily.level(new BigDecimal("11.99"))).isEqualTo(Budget.Level.OK);
        assertThat(daily.level(new BigDecimal("12.00"))).isEqualTo(Budget.Level.WARNING);
        assertThat(daily.level(new BigDecimal("14.99"))).isEqualTo(Budget.Level.WARNING);
        assertThat(daily.level(new BigDecimal("15.00"))).isEqualTo(Budget.Level.EXCEEDED);
    }

    @Test
    void nonCriticalWorkIsSuspendedAtTheDailyLimitAndResumesWhenTheDayResets() {
        assertThat(governor.route("draft_generation", new BigDecimal("14.99"), new BigDecimal("100")).suspended()).isFalse();
        RouteDecision atLimit = governor.route("draft_generation", new BigDecimal("15.00"), new BigDecimal("100"));
        assertThat(atLimit.suspended()).isTrue();
        assertThat(atLimit.model()).isEqualTo("haiku");
        assertThat(atLimit.reason()).hasValueSatisfying(r -> assertThat(r).contains("after midnight"));
        // critical work goes on
        assertThat(governor.route("revenue_report", new BigDecimal("20"), new BigDecimal("100")).suspended()).isFalse();
        // after local midnight the day's spend starts again from zero
        ZoneId zone = ZoneId.of("Europe/Berlin");
        assertThat(CreditGovernor.dayStart(Instant.parse("2026-03-02T23:30:00Z"), zone)).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
        assertThat(governor.route("draft_generation", BigDecimal.ZERO, new BigDecimal("100")).suspended()).isFalse();
    }

    @Test
    void theMonthlyBudgetAlsoSuspendsNonCriticalWork() {
        assertThat(governor.route("research_synthesis", new BigDecimal("1"), new BigDecimal("400.00")).suspended()).isTrue();
    }

    @Test
    void anUnknownTaskTypeIsBadInput() {
        assertThatThrownBy(() -> governor.route("poetry", BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown task type 'poetry'")
                .hasMessageContaining("draft_generation");
    }

    @Test
    void projectsTheMonthEndAtTheCurrentRunRate() {
        // 10 of 30 days of November elapsed (UTC), $100 spent → $300 projected
        assertThat(CreditGovernor.projectedMonthEnd(new BigDecimal("100"), Instant.parse("2026-11-11T00:00:00Z"), ZoneId.of("UTC")))
                .isEqualByComparingTo("300");
    }
}
