package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Stage;
import com.revops.domain.forecast.CallsForecast.Called;
import com.revops.domain.forecast.CallsForecast.WithCalls;
import com.revops.domain.revenue.ConversionRates;
import com.revops.domain.revenue.OfferCatalog;

/** "Model + your calls" on a two-contact pipeline, worked out by hand. */
class CallsForecastTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");

    /*
     * A: decision, $3,500, G = 0.4 / 0.5 / 0.6 within 30 / 60 / 90 days
     * B: call_booked, $2,000, G = 0.5 / 0.6 / 0.7
     * new leads add $100 at every horizon, so the model says
     *   forecast_30 = 3500 × 0.4 + 2000 × 0.5 + 100 = 1400 + 1000 + 100 = 2500
     *   forecast_60 = 3500 × 0.5 + 2000 × 0.6 + 100 = 1750 + 1200 + 100 = 3050
     */
    private static final GroupChance A = new GroupChance(Stage.DECISION, Optional.of("ai_automation"), 3, 1, new BigDecimal("3500"),
            new ByHorizon<>(0.4, 0.5, 0.6));
    private static final GroupChance B = new GroupChance(Stage.CALL_BOOKED, Optional.empty(), 1, 1, new BigDecimal("2000"),
            new ByHorizon<>(0.5, 0.6, 0.7));
    private static final ByHorizon<BigDecimal> MODEL = new ByHorizon<>(new BigDecimal("2500"), new BigDecimal("3050"), new BigDecimal("3500"));

    private static Called call(DealCall call, GroupChance g) {
        return new Called(call, g.stage(), g.offerTag(), g.ageDays());
    }

    @Test
    void commitCountsTheWholeDealAndOutCountsNothing() {
        // A commit, B out: 30 days 2500 + 3500 × (1 − 0.4) − 2000 × 0.5 = 2500 + 2100 − 1000 = 3600;
        // 60 days 3050 + 3500 × 0.5 − 2000 × 0.6 = 3050 + 1750 − 1200 = 3600 (A's $3,500 + the leads' $100, as it must)
        ByHorizon<BigDecimal> with = CallsForecast.expected(MODEL, List.of(A, B), List.of(call(DealCall.COMMIT, A), call(DealCall.OUT, B)));

        assertThat(with.d30()).isEqualByComparingTo("3600");
        assertThat(with.d60()).isEqualByComparingTo("3600");
    }

    @Test
    void upsideKeepsTheModelsChanceAndAddsTheRestOnlyToTheBestCase() {
        // A upside, B commit: 2500 + 2000 × (1 − 0.5) = 3500; A's upside beyond its expected value: 3500 × (1 − 0.4) = 2100
        List<Called> calls = List.of(call(DealCall.UPSIDE, A), call(DealCall.COMMIT, B));

        assertThat(CallsForecast.expected(MODEL, List.of(A, B), calls).d30()).isEqualByComparingTo("3500");
        assertThat(CallsForecast.upsideRemainder(List.of(A, B), calls).d30()).isEqualByComparingTo("2100");
        // no calls: the model's own figures
        assertThat(CallsForecast.expected(MODEL, List.of(A, B), List.of())).isEqualTo(MODEL);
    }

    /*
     * The range: call_booked wins at ln 2 a day on day 1 only (bin 0), then never — G = 1/2 at every horizon, the
     * hazards' Gamma draws tight (ForecastRangeTest). A is $1,000 (offer x), B $2,000 (offer y), both call_booked aged 0,
     * no new leads. The model's draws are 0, 1000, 2000 or 3000.
     *   A commit, B out:    every draw is exactly $1,000 → P10 = P50 = P90 = 1000
     *   A commit, B upside: draws are 1000 (B fails, about half) or 3000 → P10 = 1000; the best case closes B → P90 = 3000
     *   no calls:           the model's range itself
     */
    @Test
    void theRangeWithCallsIsTheSameSimulationWithTheCalledDealsSettled() {
        OfferCatalog catalog = new OfferCatalog(Map.of("x", new BigDecimal("1000"), "y", new BigDecimal("2000")));
        List<SpellCell> spells = List.of(new SpellCell(Stage.CALL_BOOKED, 0, Optional.of(Stage.CLOSED_WON), 1_000_000, 693_147),
                new SpellCell(Stage.CALL_BOOKED, 1, Optional.empty(), 10_000_000, 0));
        ForecastInputs in = new ForecastInputs(AS_OF, catalog, List.of(new OpenGroup(Stage.CALL_BOOKED, Optional.of("x"), 0, 1),
                new OpenGroup(Stage.CALL_BOOKED, Optional.of("y"), 0, 1)), ConversionRates.priorsOnly(), spells, List.of(), List.of(),
                BigDecimal.ZERO, RecurringHistory.none());
        Forecast model = ForecastModel.withRange(in);
        assertThat(model.forecast30().doubleValue()).isCloseTo(1500, within(1.0)); // 1000 × ½ + 2000 × ½
        Called a = new Called(DealCall.COMMIT, Stage.CALL_BOOKED, Optional.of("x"), 0);

        WithCalls settled = CallsForecast.of(model, in, List.of(a, new Called(DealCall.OUT, Stage.CALL_BOOKED, Optional.of("y"), 0)));
        assertThat(settled.expected().d30()).isEqualByComparingTo("1000");
        assertThat(settled.range().orElseThrow().d30()).isEqualTo(new Interval(new BigDecimal("1000.00"), new BigDecimal("1000.00"),
                new BigDecimal("1000.00")));

        WithCalls upside = CallsForecast.of(model, in, List.of(a, new Called(DealCall.UPSIDE, Stage.CALL_BOOKED, Optional.of("y"), 0)));
        assertThat(upside.expected().d30().doubleValue()).isCloseTo(2000, within(1.0)); // 1000 + 2000 × ½
        assertThat(upside.range().orElseThrow().d30().p10()).isEqualByComparingTo("1000");
        assertThat(upside.range().orElseThrow().d90().p90()).isEqualByComparingTo("3000");
        assertThat(upside.commits()).isEqualTo(1);
        assertThat(upside.upsides()).isEqualTo(1);

        assertThat(CallsForecast.of(model, in, List.of()).range()).isEqualTo(model.range());
    }

    @Test
    void aCallIsCommitUpsideOrOutInAnyCase() {
        assertThat(DealCall.parse("call", " Commit ")).isEqualTo(DealCall.COMMIT);
        assertThat(DealCall.parse("call", "OUT")).isEqualTo(DealCall.OUT);
        assertThatThrownBy(() -> DealCall.parse("call", "maybe")).isInstanceOf(InvalidInputException.class)
                .hasMessage("call: must be commit, upside, out or clear, not 'maybe'");
    }
}
