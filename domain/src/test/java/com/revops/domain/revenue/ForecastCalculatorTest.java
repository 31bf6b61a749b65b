package com.revops.domain.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;

class ForecastCalculatorTest {
    private final ForecastCalculator calculator = new ForecastCalculator(Offers.PRD_046);

    @Test
    void theSpecsExampleADecisionContactWithA3500OfferEnteredTodayAdds490ToEveryHorizon() {
        Forecast forecast = calculator.forecast(
                List.of(new StageOfferCount(Stage.DECISION, Optional.of("ai_automation"), 0, 1)),
                ConversionRates.priorsOnly(), TimeInStage.priorsOnly());
        // 3500 × 0.40 × 0.35 = 490; remaining = 10 + 5 = 15 days
        assertThat(forecast.forecast30()).isEqualByComparingTo("490");
        assertThat(forecast.forecast60()).isEqualByComparingTo("490");
        assertThat(forecast.forecast90()).isEqualByComparingTo("490");
        assertThat(forecast.weightedPipeline()).isEqualByComparingTo("490");
        assertThat(ForecastCalculator.remainingDays(Stage.DECISION, 0, TimeInStage.priorsOnly())).isEqualByComparingTo("15");
    }

    /*
     * Priors only. P(consideration) = 0.25 × 0.40 × 0.35 = 0.035; P(call_booked) = 0.35;
     * P(cold) = 0.001575. Days: cold 7, awareness 14, consideration 21, decision 10, call_booked 5.
     *  2 × consideration, creator_growth $1500, 6 days in: remaining 15 + 15 = 30 (≤ 30) → 2 × 1500 × 0.035 = 105
     *  1 × consideration, creator_growth, 5 days in:        remaining 16 + 15 = 31        → 52.50 (60, 90)
     *  1 × call_booked, no offer ($2124.25), 20 days in:    remaining max(0, 5 − 20) = 0  → 743.4875
     *  4 × cold, safari_automation $2500, 0 days in:        remaining 7 + 50 = 57         → 4 × 2500 × 0.001575 = 15.75 (60, 90)
     *  forecast_30 = 105 + 743.4875 = 848.4875; forecast_60 = forecast_90 = weighted = 916.7375
     */
    @Test
    void aContactCountsInAHorizonWhenItsRemainingDaysAreAtMostTheHorizon() {
        List<StageOfferCount> open = List.of(
                new StageOfferCount(Stage.CONSIDERATION, Optional.of("creator_growth"), 6, 2),
                new StageOfferCount(Stage.CONSIDERATION, Optional.of("creator_growth"), 5, 1),
                new StageOfferCount(Stage.CALL_BOOKED, Optional.empty(), 20, 1),
                new StageOfferCount(Stage.COLD, Optional.of("safari_automation"), 0, 4));

        Forecast forecast = calculator.forecast(open, ConversionRates.priorsOnly(), TimeInStage.priorsOnly());

        assertThat(forecast.forecast30()).isEqualByComparingTo("848.4875");
        assertThat(forecast.forecast60()).isEqualByComparingTo("916.7375");
        assertThat(forecast.forecast90()).isEqualByComparingTo("916.7375");
        assertThat(forecast.weightedPipeline()).isEqualByComparingTo("916.7375");
    }

    @Test
    void slowerObservedStagesPushContactsToLaterHorizons() {
        // 10 transitions out of cold after 400 days in all: days(cold) = (400 + 20 × 7) / (10 + 20) = 18
        TimeInStage time = TimeInStage.from(List.of(new StageDurations(Stage.COLD, 10, new BigDecimal("400"))));
        assertThat(time.days(Stage.COLD)).isEqualByComparingTo("18");
        List<StageOfferCount> open = List.of(new StageOfferCount(Stage.COLD, Optional.of("safari_automation"), 0, 4));

        Forecast forecast = calculator.forecast(open, ConversionRates.priorsOnly(), time);

        // remaining = 18 + 14 + 21 + 10 + 5 = 68: only the 90-day horizon
        assertThat(forecast.forecast30()).isEqualByComparingTo("0");
        assertThat(forecast.forecast60()).isEqualByComparingTo("0");
        assertThat(forecast.forecast90()).isEqualByComparingTo("15.75");
    }

    @Test
    void timeInStageBlendsObservedDaysWithThePriorDays() {
        TimeInStage time = TimeInStage.from(List.of(new StageDurations(Stage.DECISION, 5, new BigDecimal("30"))));
        // observed 30 / 5 = 6; blended (30 + 20 × 10) / (5 + 20) = 9.2
        assertThat(time.line(Stage.DECISION).observedDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("6"));
        assertThat(time.days(Stage.DECISION)).isEqualByComparingTo("9.2");
        assertThat(time.days(Stage.CALL_BOOKED)).isEqualByComparingTo("5");
        assertThat(time.line(Stage.CALL_BOOKED).observedDays()).isEmpty();
        assertThat(time.fullCycleDays()).isEqualByComparingTo("56.2"); // 7 + 14 + 21 + 9.2 + 5
    }
}
