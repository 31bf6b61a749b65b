package com.revops.domain.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.Stage;

class ConversionCalculatorTest {
    private final ConversionCalculator calculator = new ConversionCalculator();

    @Test
    void emptyHistoryGivesThePriors() {
        ConversionRates rates = calculator.compute(List.of());
        assertThat(rates.rate(Stage.COLD)).isEqualByComparingTo("0.30");
        assertThat(rates.rate(Stage.AWARENESS)).isEqualByComparingTo("0.15");
        assertThat(rates.rate(Stage.CONSIDERATION)).isEqualByComparingTo("0.25");
        assertThat(rates.rate(Stage.DECISION)).isEqualByComparingTo("0.40");
        assertThat(rates.rate(Stage.CALL_BOOKED)).isEqualByComparingTo("0.35");
        assertThat(rates.step(Stage.COLD).observed()).isEmpty();
        // P(decision) = 0.40 × 0.35; P(cold) = 0.30 × 0.15 × 0.25 × 0.40 × 0.35
        assertThat(rates.closeProbability(Stage.DECISION)).isEqualByComparingTo("0.14");
        assertThat(rates.closeProbability(Stage.COLD)).isEqualByComparingTo("0.001575");
    }

    /*
     * Worked by hand from SPEC §4:
     *  A: first cold, reached closed_won            ×2
     *  B: first cold, reached awareness, lost       ×3
     *  C: first cold, reached awareness, sitting    ×4
     *  D: first awareness, reached decision, lost   ×1
     *  E: first cold, reached consideration, sitting (skipped awareness on the way) ×1
     *
     *  cold:          entered A,B,C,E = 10; converted 10; resolved 10 → rate (10 + 6) / 30 = 0.5333…
     *  awareness:     entered 11; converted A,D,E = 4; resolved 4 + B(lost here) 3 = 7 → observed 4/7,
     *                 rate (4 + 3) / 27 = 0.259259…   (C still sits here: not resolved)
     *  consideration: entered A,D,E = 4; converted A,D = 3; resolved 3 → rate (3 + 5) / 23 = 0.347826…
     *  decision:      entered A,D = 3; converted A = 2; resolved 2 + D(lost here) = 3 → observed 2/3,
     *                 rate (2 + 8) / 23 = 0.434782…
     *  call_booked:   entered 2; converted 2; resolved 2 → rate (2 + 7) / 22 = 0.409090…
     */
    @Test
    void countsEnteredConvertedAndResolvedAndBlendsWithThePriors() {
        ConversionRates rates = calculator.compute(List.of(
                new ConversionCohort(Stage.COLD, Stage.CLOSED_WON, false, 2),
                new ConversionCohort(Stage.COLD, Stage.AWARENESS, true, 3),
                new ConversionCohort(Stage.COLD, Stage.AWARENESS, false, 4),
                new ConversionCohort(Stage.AWARENESS, Stage.DECISION, true, 1),
                new ConversionCohort(Stage.COLD, Stage.CONSIDERATION, false, 1)));

        assertStep(rates.step(Stage.COLD), 10, 10, 10, 16.0 / 30);
        assertStep(rates.step(Stage.AWARENESS), 11, 4, 7, 7.0 / 27);
        assertThat(rates.step(Stage.AWARENESS).observed()).hasValueSatisfying(o ->
                assertThat(o.doubleValue()).isCloseTo(4.0 / 7, within(1e-12)));
        assertStep(rates.step(Stage.CONSIDERATION), 4, 3, 3, 8.0 / 23);
        assertStep(rates.step(Stage.DECISION), 3, 2, 3, 10.0 / 23);
        assertStep(rates.step(Stage.CALL_BOOKED), 2, 2, 2, 9.0 / 22);
        assertThat(rates.step(Stage.CALL_BOOKED).to()).isEqualTo(Stage.CLOSED_WON);
        assertThat(rates.closeProbability(Stage.DECISION).doubleValue()).isCloseTo(10.0 / 23 * 9.0 / 22, within(1e-12));
    }

    @Test
    void aContactLostAtAStageItNeverLeftIsResolvedThereAndNowhereAfter() {
        ConversionRates rates = calculator.compute(List.of(new ConversionCohort(Stage.CONSIDERATION, Stage.CONSIDERATION, true, 5)));
        assertStep(rates.step(Stage.COLD), 0, 0, 0, 0.30);
        assertStep(rates.step(Stage.CONSIDERATION), 5, 0, 5, 5.0 / 25); // (0 + 20·0.25) / (5 + 20)
        assertStep(rates.step(Stage.DECISION), 0, 0, 0, 0.40);
    }

    private static void assertStep(ConversionStep step, long entered, long converted, long resolved, double rate) {
        assertThat(step.entered()).as("entered %s", step.from()).isEqualTo(entered);
        assertThat(step.converted()).as("converted %s", step.from()).isEqualTo(converted);
        assertThat(step.resolved()).as("resolved %s", step.from()).isEqualTo(resolved);
        assertThat(step.rate().doubleValue()).as("rate %s", step.from()).isCloseTo(rate, within(1e-12));
        assertThat(step.rate()).isInstanceOf(BigDecimal.class);
    }
}
