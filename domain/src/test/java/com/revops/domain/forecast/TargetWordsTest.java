package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TargetWordsTest {
    private static TargetChance.Result result(String target, String mtd, double pHit) {
        Interval i = new Interval(new BigDecimal(mtd), new BigDecimal(mtd), new BigDecimal(mtd));
        return new TargetChance.Result(new BigDecimal(target), new BigDecimal(mtd), pHit, new BigDecimal(mtd), i, List.of());
    }

    @Test
    void theChanceInWholePercentAndTheDealThatDecidesIt() {
        assertThat(TargetWords.headline(YearMonth.of(2026, 3), result("20000", "8000", 0.61875), Optional.of("Zoe Bennett"),
                Optional.of(new BigDecimal("3500")))).isEqualTo("62% chance of $20,000 in new deals in March; Zoe Bennett's $3,500 deal decides most of it");
        assertThat(TargetWords.headline(YearMonth.of(2026, 12), result("20000", "8000", 0.0), Optional.empty(), Optional.empty()))
                .isEqualTo("0% chance of $20,000 in new deals in December");
        assertThat(TargetWords.percent(0.004)).isEqualTo("under 1%");
        assertThat(TargetWords.percent(0.995)).isEqualTo("over 99%");
        assertThat(TargetWords.percent(1.0)).isEqualTo("100%");
    }

    @Test
    void theSlippedDealsAreNamedInOneClauseWhenThereAreAny() {
        assertThat(TargetWords.headline(YearMonth.of(2026, 3), result("20000", "8000", 0.61875), Optional.of("Zoe Bennett"),
                Optional.of(new BigDecimal("3500")), new BigDecimal("5624.25")))
                .isEqualTo("62% chance of $20,000 in new deals in March; Zoe Bennett's $3,500 deal decides most of it; $5,624 of deals slipped");
        assertThat(TargetWords.headline(YearMonth.of(2026, 3), result("20000", "8000", 0.5), Optional.empty(), Optional.empty(),
                BigDecimal.ZERO)).isEqualTo("50% chance of $20,000 in new deals in March");
    }

    @Test
    void aTargetAlreadyReachedSaysSo() {
        assertThat(TargetWords.headline(YearMonth.of(2026, 3), result("5000", "5200", 1.0), Optional.empty(), Optional.empty()))
                .isEqualTo("Target met: $5,200 of $5,000 in new deals in March");
    }
}
