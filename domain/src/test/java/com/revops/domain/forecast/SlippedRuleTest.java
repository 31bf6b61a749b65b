package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;
import com.revops.domain.forecast.SlippedRule.StageAdvances;

class SlippedRuleTest {
    private static List<BigDecimal> days(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void theEightiethPercentileIsTheNearestRank() {
        // 5 spells sorted 1, 2, 3, 4, 10: rank ⌈0.8 × 5⌉ = 4 → the 4th smallest, 4 days
        assertThat(SlippedRule.p80(days("10", "2", "4", "1", "3"))).contains(new BigDecimal("4"));
        // 6 spells sorted 1..6: rank ⌈0.8 × 6⌉ = ⌈4.8⌉ = 5 → 5 days
        assertThat(SlippedRule.p80(days("6", "5", "4", "3", "2", "1"))).contains(new BigDecimal("5"));
        // 10 spells 1..10: rank ⌈0.8 × 10⌉ = 8 exactly (no rounding up past it) → 8 days
        assertThat(SlippedRule.p80(days("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"))).contains(new BigDecimal("8"));
        // one spell: rank ⌈0.8⌉ = 1 → itself
        assertThat(SlippedRule.p80(days("2.5"))).contains(new BigDecimal("2.5"));
        assertThat(SlippedRule.p80(List.of())).isEmpty();
    }

    @Test
    void aStageNeedsFiveAdvancingSpellsForARule() {
        Map<Stage, BigDecimal> rules = SlippedRule.thresholds(List.of(
                new StageAdvances(Stage.COLD, 5, new BigDecimal("4")),
                new StageAdvances(Stage.DECISION, 4, new BigDecimal("9")),
                new StageAdvances(Stage.CALL_BOOKED, 12, new BigDecimal("3.5"))));

        assertThat(rules).containsOnlyKeys(Stage.COLD, Stage.CALL_BOOKED);
        assertThat(rules.get(Stage.COLD)).isEqualByComparingTo("4");
        assertThat(rules.get(Stage.CALL_BOOKED)).isEqualByComparingTo("3.5");
    }

    @Test
    void slippedMeansStrictlyPastTheEightiethPercentile() {
        assertThat(SlippedRule.slipped(new BigDecimal("4.01"), new BigDecimal("4"))).isTrue();
        assertThat(SlippedRule.slipped(new BigDecimal("4"), new BigDecimal("4"))).isFalse();
        assertThat(SlippedRule.slipped(new BigDecimal("0.5"), new BigDecimal("4"))).isFalse();
    }
}
