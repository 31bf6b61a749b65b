package com.revops.domain.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;
import com.revops.domain.revenue.ConversionRates;
import com.revops.domain.revenue.StageDurations;
import com.revops.domain.revenue.TimeInStage;

/** The stage_velocity method (PRD-046's formula) with fractional days in stage. */
class StageVelocityForecastTest {
    private final StageVelocityForecast calculator = new StageVelocityForecast(TestOffers.PRD_046);

    private static OpenGroup group(Stage stage, String offer, long days, long contacts, long due30, long due60, long due90) {
        return new OpenGroup(stage, Optional.ofNullable(offer), days, contacts, new ByHorizon<>(due30, due60, due90));
    }

    @Test
    void theSpecsExampleADecisionContactWithA3500OfferEnteredTodayAdds490ToEveryHorizon() {
        // remaining = 10 + 5 = 15 days: in_stage ≥ 15 − 30 = −15 is due at every horizon; 3500 × 0.40 × 0.35 = 490
        StageVelocityForecast.Result forecast = calculator.forecast(
                List.of(group(Stage.DECISION, "ai_automation", 0, 1, 1, 1, 1)), ConversionRates.priorsOnly());

        assertThat(forecast.amounts().d30()).isEqualByComparingTo("490");
        assertThat(forecast.amounts().d60()).isEqualByComparingTo("490");
        assertThat(forecast.amounts().d90()).isEqualByComparingTo("490");
        assertThat(forecast.weightedPipeline()).isEqualByComparingTo("490");
        assertThat(StageVelocityForecast.remainingDays(Stage.DECISION, BigDecimal.ZERO, TimeInStage.priorsOnly())).isEqualByComparingTo("15");
    }

    /*
     * Priors: days cold 7, awareness 14, consideration 21, decision 10, call_booked 5; the days after each stage:
     * cold 50, awareness 36, consideration 15, decision 5, call_booked 0. remaining ≤ H ⟺ in_stage ≥ days + after − H,
     * never when after > H:
     *  cold:          30 never (50 > 30); 60: 7 + 50 − 60 = −3; 90: −33
     *  awareness:     30 never (36 > 30); 60: 14 + 36 − 60 = −10
     *  consideration: 30: 21 + 15 − 30 = 6; 60: −24
     *  decision:      30: 10 + 5 − 30 = −15
     *  call_booked:   30: 5 − 30 = −25
     */
    @Test
    void thresholdsAreTheLeastDaysInStageThatFitEachHorizon() {
        Map<Stage, ByHorizon<Optional<BigDecimal>>> t = StageVelocityForecast.thresholds(TimeInStage.priorsOnly());

        assertThat(t.get(Stage.COLD).d30()).isEmpty();
        assertThat(t.get(Stage.COLD).d60()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-3"));
        assertThat(t.get(Stage.COLD).d90()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-33"));
        assertThat(t.get(Stage.AWARENESS).d30()).isEmpty();
        assertThat(t.get(Stage.AWARENESS).d60()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-10"));
        assertThat(t.get(Stage.CONSIDERATION).d30()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6"));
        assertThat(t.get(Stage.DECISION).d30()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-15"));
        assertThat(t.get(Stage.CALL_BOOKED).d30()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-25"));
    }

    /*
     * 20 transitions out of consideration after 440 days: days = (440 + 20·21) / (20 + 20) = 21.5, so a consideration
     * contact fits 30 days from in_stage ≥ 21.5 + 15 − 30 = 6.5: at 6.4 days remaining = 15.1 + 15 = 30.1 (> 30),
     * at 6.5 days 15 + 15 = 30.
     */
    @Test
    void fractionalDaysInStageDecideTheHorizon() {
        TimeInStage time = TimeInStage.from(List.of(new StageDurations(Stage.CONSIDERATION, 20, new BigDecimal("440"))));

        assertThat(StageVelocityForecast.thresholds(time).get(Stage.CONSIDERATION).d30())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("6.5"));
        assertThat(StageVelocityForecast.remainingDays(Stage.CONSIDERATION, new BigDecimal("6.4"), time)).isEqualByComparingTo("30.1");
        assertThat(StageVelocityForecast.remainingDays(Stage.CONSIDERATION, new BigDecimal("6.5"), time)).isEqualByComparingTo("30");
    }

    /*
     * Priors only. P(consideration) = 0.25 × 0.40 × 0.35 = 0.035; P(call_booked) = 0.35; P(cold) = 0.001575.
     * The due counts are what SQL counts against the thresholds above:
     *  2 × consideration, creator_growth $1500, 6 days in (≥ 6):   due at 30, 60, 90 → 2 × 1500 × 0.035 = 105
     *  1 × consideration, creator_growth, 5 days in (< 6):         due at 60, 90     → 52.50
     *  1 × call_booked, no offer ($2124.25), 20 days in:           due everywhere    → 743.4875
     *  4 × cold, safari_automation $2500, 0 days in:               due at 60, 90     → 4 × 2500 × 0.001575 = 15.75
     *  forecast_30 = 105 + 743.4875 = 848.4875; forecast_60 = forecast_90 = weighted = 916.7375
     */
    @Test
    void aContactCountsInAHorizonWhenItsRemainingDaysAreAtMostTheHorizon() {
        List<OpenGroup> open = List.of(
                group(Stage.CONSIDERATION, "creator_growth", 6, 2, 2, 2, 2),
                group(Stage.CONSIDERATION, "creator_growth", 5, 1, 0, 1, 1),
                group(Stage.CALL_BOOKED, null, 20, 1, 1, 1, 1),
                group(Stage.COLD, "safari_automation", 0, 4, 0, 4, 4));

        StageVelocityForecast.Result forecast = calculator.forecast(open, ConversionRates.priorsOnly());

        assertThat(forecast.amounts().d30()).isEqualByComparingTo("848.4875");
        assertThat(forecast.amounts().d60()).isEqualByComparingTo("916.7375");
        assertThat(forecast.amounts().d90()).isEqualByComparingTo("916.7375");
        assertThat(forecast.weightedPipeline()).isEqualByComparingTo("916.7375");
    }

    @Test
    void slowerObservedStagesPushContactsToLaterHorizons() {
        // 10 transitions out of cold after 400 days in all: days(cold) = (400 + 20 × 7) / (10 + 20) = 18
        TimeInStage time = TimeInStage.from(List.of(new StageDurations(Stage.COLD, 10, new BigDecimal("400"))));
        assertThat(time.days(Stage.COLD)).isEqualByComparingTo("18");

        // remaining = 18 + 14 + 21 + 10 + 5 = 68 for a new cold contact: in_stage ≥ 18 + 50 − 60 = 8 for 60 days, −22 for 90
        Map<Stage, ByHorizon<Optional<BigDecimal>>> t = StageVelocityForecast.thresholds(time);
        assertThat(t.get(Stage.COLD).d60()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
        assertThat(t.get(Stage.COLD).d90()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-22"));
        StageVelocityForecast.Result forecast = calculator.forecast(
                List.of(group(Stage.COLD, "safari_automation", 0, 4, 0, 0, 4)), ConversionRates.priorsOnly());
        assertThat(forecast.amounts().d60()).isEqualByComparingTo("0");
        assertThat(forecast.amounts().d90()).isEqualByComparingTo("15.75");
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
