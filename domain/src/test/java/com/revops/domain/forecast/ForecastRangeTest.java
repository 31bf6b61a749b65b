package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;

/** The seeded Monte Carlo range and its random draws. */
class ForecastRangeTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");

    /*
     * call_booked with a long history of wins at ln 2 a day (bin 0: 100,000 days, 69,315 wins; older bins keep that
     * pooled rate) — the Gamma draws are tight — so each of 100 $1 contacts closes within 30 days with
     * 1 − (1/2)^30 ≈ 1: every draw gives $100. 100 decision contacts whose only outcome is lost add nothing.
     */
    @Test
    void certainOutcomesGiveANarrowRange() {
        Hazards h = Hazards.fit(SpellTable.of(List.of(
                new SpellCell(Stage.CALL_BOOKED, 0, Optional.of(Stage.CLOSED_WON), 100_000, 69_315),
                new SpellCell(Stage.DECISION, 0, Optional.of(Stage.CLOSED_LOST), 100_000, 69_315))));
        DealValues values = DealValues.of(new com.revops.domain.revenue.OfferCatalog(java.util.Map.of("x", BigDecimal.ONE)), List.of());
        List<OpenGroup> open = List.of(new OpenGroup(Stage.CALL_BOOKED, Optional.of("x"), 0, 100),
                new OpenGroup(Stage.DECISION, Optional.of("x"), 0, 100));

        ByHorizon<Interval> range = ForecastRange.of(h, open, values, LeadFlow.none(), AS_OF);

        assertThat(range.d30().p10()).isEqualByComparingTo("100");
        assertThat(range.d90().p90()).isEqualByComparingTo("100");
    }

    /*
     * 100 contacts of $1 whose chance to close within 30 days is 1/2 (call_booked wins at ln 2 a day only on day 1 —
     * bin 0 — then never: bin 1 has a long history of nothing happening). Revenue ~ Binomial(100, 1/2): mean 50, sd 5;
     * P10 ≈ 50 − 1.2816·5 = 43.6, P90 ≈ 56.4 (nearest-rank percentiles of 1000 draws land within a dollar or two).
     */
    @Test
    void theRangeSpreadsLikeTheDealsItCounts() {
        Hazards h = Hazards.fit(SpellTable.of(List.of(
                new SpellCell(Stage.CALL_BOOKED, 0, Optional.of(Stage.CLOSED_WON), 1_000_000, 693_147),
                new SpellCell(Stage.CALL_BOOKED, 1, Optional.empty(), 10_000_000, 0))));
        DealValues values = DealValues.of(new com.revops.domain.revenue.OfferCatalog(java.util.Map.of("x", BigDecimal.ONE)), List.of());
        List<OpenGroup> open = List.of(new OpenGroup(Stage.CALL_BOOKED, Optional.of("x"), 0, 100));
        assertThat(new CloseChances(h, 90).close(Stage.CALL_BOOKED, 0, 30)).isCloseTo(0.5, within(1e-3));

        ByHorizon<Interval> range = ForecastRange.of(h, open, values, LeadFlow.none(), AS_OF);

        assertThat(range.d30().p50().doubleValue()).isCloseTo(50, within(2.0));
        assertThat(range.d30().p10().doubleValue()).isCloseTo(43.6, within(2.5));
        assertThat(range.d30().p90().doubleValue()).isCloseTo(56.4, within(2.5));
        assertThat(ForecastRange.of(h, open, values, LeadFlow.none(), AS_OF)).isEqualTo(range);
    }

    @Test
    void theSeedDependsOnAsOfAlone() {
        assertThat(ForecastRange.seed(AS_OF)).isEqualTo(ForecastRange.seed(Instant.parse("2026-03-20T12:00:00Z")));
        assertThat(ForecastRange.seed(AS_OF)).isNotEqualTo(ForecastRange.seed(AS_OF.plusSeconds(1)));
    }

    @Test
    void percentilesAreTheNearestRank() {
        double[] draws = new double[10];
        for (int i = 0; i < 10; i++) {
            draws[i] = 10 - i; // 10, 9, …, 1
        }
        // sorted 1..10: P10 = 1st, P50 = 5th, P90 = 9th
        Interval i = ForecastRange.interval(draws);
        assertThat(i.p10()).isEqualByComparingTo("1");
        assertThat(i.p50()).isEqualByComparingTo("5");
        assertThat(i.p90()).isEqualByComparingTo("9");
        assertThat(i.covers(new BigDecimal("9"))).isTrue();
        assertThat(i.covers(new BigDecimal("9.01"))).isFalse();
    }

    /* Gamma(a, b) has mean a/b and variance a/b²; Poisson(m) mean and variance m (small and PTRS-sized means). */
    @Test
    void drawsHaveTheirDistributionsMoments() {
        Sampler s = new Sampler(42);
        int n = 200_000;
        assertMoments(() -> s.gamma(2.5, 4), n, 2.5 / 4, 2.5 / 16);
        assertMoments(() -> s.gamma(0.3, 2), n, 0.15, 0.075);
        assertMoments(() -> (double) s.poisson(3.2), n, 3.2, 3.2);
        assertMoments(() -> (double) s.poisson(120), n, 120, 120);
        assertThat(s.gamma(0, 1)).isZero();
        assertThat(s.poisson(0)).isZero();
    }

    private static void assertMoments(java.util.function.DoubleSupplier draw, int n, double mean, double variance) {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double x = draw.getAsDouble();
            sum += x;
            sumSq += x * x;
        }
        double m = sum / n;
        double v = sumSq / n - m * m;
        assertThat(m).isCloseTo(mean, within(mean * 0.02));
        assertThat(v).isCloseTo(variance, within(variance * 0.05));
    }
}
