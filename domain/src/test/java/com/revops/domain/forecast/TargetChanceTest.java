package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;

/**
 * The chance of this month's target on a tiny pipeline, worked by hand:
 * A = $1,000 closing by month end with 0.5, B = $2,000 with 0.25, no new leads.
 * Outcomes: none 0.5·0.75 = 0.375 ($0) · A only 0.5·0.75 = 0.375 ($1,000) · B only 0.5·0.25 = 0.125 ($2,000)
 * · both 0.125 ($3,000).
 */
class TargetChanceTest {
    private static final int DRAWS = 20_000;
    // the sampling error of a share near 0.5 over 20,000 draws: √(0.25 / 20,000) ≈ 0.0035; 4σ ≈ 0.014
    private static final double FOUR_SIGMA = 0.015;
    private static final TargetChance.Prospect A = prospect("A", "1000", 0.5, 1);
    private static final TargetChance.Prospect B = prospect("B", "2000", 0.25, 1);

    private static TargetChance.Prospect prospect(String key, String value, double chance, long count) {
        return new TargetChance.Prospect(key, Optional.empty(), Stage.DECISION, 3, new BigDecimal(value), chance, count);
    }

    private static TargetChance.Result chance(String target, String mtd, List<TargetChance.Prospect> prospects) {
        return TargetChance.of(new BigDecimal(target), new BigDecimal(mtd), prospects, 0, BigDecimal.ZERO, 42L, DRAWS);
    }

    @Test
    void pHitIsTheChanceTheClosingsCoverTheGap() {
        // $1,500 with nothing in yet: only B (alone or with A) gets there → 0.125 + 0.125 = 0.25
        assertThat(chance("1500", "0", List.of(A, B)).pHit()).isCloseTo(0.25, within(FOUR_SIGMA));
        // $1,000: anything but "none" → 1 − 0.375 = 0.625
        assertThat(chance("1000", "0", List.of(A, B)).pHit()).isCloseTo(0.625, within(FOUR_SIGMA));
        // $1,500 with $500 already in: the gap is $1,000 → 0.625 again
        assertThat(chance("1500", "500", List.of(A, B)).pHit()).isCloseTo(0.625, within(FOUR_SIGMA));
        // $3,500: even both fall short → 0
        assertThat(chance("3500", "0", List.of(A, B)).pHit()).isZero();
        // already met: certain
        assertThat(chance("400", "500", List.of(A, B)).pHit()).isEqualTo(1.0);
    }

    @Test
    void pHitFallsAsTheTargetRises() {
        double previous = 1.0;
        for (int target = 250; target <= 3500; target += 250) {
            double p = chance(String.valueOf(target), "0", List.of(A, B)).pHit();
            assertThat(p).as("p_hit at $%d", target).isLessThanOrEqualTo(previous);
            previous = p;
        }
        assertThat(previous).isZero();
    }

    @Test
    void expectedMonthEndAndItsRange() {
        TargetChance.Result r = chance("1000", "500", List.of(A, B));
        // 500 + 1,000·0.5 + 2,000·0.25 = $1,500
        assertThat(r.expectedMonthEnd()).isEqualByComparingTo("1500.00");
        // the 10th percentile is in the "none" outcome (37.5% of draws): $500; the 90th in "both" (top 12.5%): $3,500;
        // the median in "A only" (37.5% … 75%): $1,500
        assertThat(r.monthEnd().p10()).isEqualByComparingTo("500.00");
        assertThat(r.monthEnd().p50()).isEqualByComparingTo("1500.00");
        assertThat(r.monthEnd().p90()).isEqualByComparingTo("3500.00");
        assertThat(r.shortfallP50()).isEqualByComparingTo("0");
        // against $2,000 the median month end ($1,500) falls $500 short
        assertThat(chance("2000", "500", List.of(A, B)).shortfallP50()).isEqualByComparingTo("500.00");
    }

    @Test
    void theDealThatDecidesTheMonthMovesPHitMost() {
        // target $1,000, p_hit 0.625. Without A the month needs B: 0.25 → A is worth 0.625 − 0.25 = 0.375
        // (= 0.5 × (1 − 0.25)). Without B it needs A: 0.5 → B is worth 0.125 (= 0.25 × (1 − 0.5)). A decides most.
        TargetChance.Result r = chance("1000", "0", List.of(B, A));
        assertThat(r.deciders()).extracting(d -> d.prospect().key()).containsExactly("A", "B");
        assertThat(r.deciders().get(0).effect()).isCloseTo(0.375, within(FOUR_SIGMA));
        assertThat(r.deciders().get(1).effect()).isCloseTo(0.125, within(FOUR_SIGMA));
        // target $3,500: nothing can make it, so nothing decides it
        assertThat(chance("3500", "0", List.of(A, B)).deciders()).isEmpty();
    }

    @Test
    void contactsOfOneGroupCloseIndependentlyAndNewLeadsAddPoissonDeals() {
        // two contacts alike, $1,000 each at 0.5: P(at least $2,000) = 0.5·0.5 = 0.25
        TargetChance.Prospect twins = prospect("T", "1000", 0.5, 2);
        assertThat(chance("2000", "0", List.of(twins)).pHit()).isCloseTo(0.25, within(FOUR_SIGMA));
        // no pipeline, new leads: Poisson(1) deals of $500; P(at least one) = 1 − e^(−1) = 0.632
        TargetChance.Result leads = TargetChance.of(new BigDecimal("500"), BigDecimal.ZERO, List.of(), 1.0, new BigDecimal("500"), 7L, DRAWS);
        assertThat(leads.pHit()).isCloseTo(1 - Math.exp(-1), within(FOUR_SIGMA));
        assertThat(leads.expectedMonthEnd()).isEqualByComparingTo("500.00");
    }

    @Test
    void theSameSeedGivesTheSameAnswer() {
        assertThat(chance("1500", "0", List.of(A, B)).pHit()).isEqualTo(chance("1500", "0", List.of(A, B)).pHit());
    }

    @Test
    void coverageIsTheWeightedPipelineOverTheGap() {
        // $6,000 weighted pipeline, $20,000 target, $8,000 in: 6,000 ÷ 12,000 = 0.5
        assertThat(TargetChance.coverage(new BigDecimal("6000"), new BigDecimal("20000"), new BigDecimal("8000")))
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("0.5"));
        assertThat(TargetChance.coverage(new BigDecimal("6000"), new BigDecimal("20000"), new BigDecimal("20000"))).isEmpty();
    }

    @Test
    void aTargetMustBePositive() {
        assertThatThrownBy(() -> chance("0", "0", List.of(A))).hasMessageContaining("target");
    }
}
