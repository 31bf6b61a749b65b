package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;

class TargetRuleTest {
    @Test
    void anAmountIsPlainDollarsAboveZeroWithAtMostCents() {
        assertThat(TargetRule.amount("target", " $20000 ")).isEqualByComparingTo("20000");
        assertThat(TargetRule.amount("target", "20000.5")).isEqualByComparingTo("20000.50");
        for (String bad : new String[] {"1,000", "12.345", "-5", "abc", "", "1e4"}) {
            assertThatThrownBy(() -> TargetRule.amount("target", bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("target: the amount must be a plain number of dollars");
        }
        assertThatThrownBy(() -> TargetRule.amount("target", "0.00")).hasMessage("target: the amount must be more than $0, not 0.00");
        assertThatThrownBy(() -> TargetRule.amount("target", "10000000000000000")).hasMessageContaining("below $10,000,000,000,000,000");
    }

    @Test
    void aMonthIsYearDashMonth() {
        assertThat(TargetRule.month("--target", "2026-12")).isEqualTo(YearMonth.of(2026, 12));
        assertThatThrownBy(() -> TargetRule.month("--target", "2026-13")).hasMessage("--target: the month must be YYYY-MM (e.g. 2026-12), not '2026-13'");
        assertThatThrownBy(() -> TargetRule.month("--target", "0999-03")).hasMessageStartingWith("--target: the month 0999-03 ");
    }
}
