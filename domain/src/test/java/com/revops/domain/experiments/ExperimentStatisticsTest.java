package com.revops.domain.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The two-proportion z-test and the experiment verdict, against numbers worked by hand. */
class ExperimentStatisticsTest {

    @Test
    void theTextbookExampleGivesTheHandWorkedPValue() {
        // pooled p = 350/2000 = 0.175; SE = √(0.175 · 0.825 · (1/1000 + 1/1000)) = √0.00028875 = 0.0169926
        // z = (0.20 − 0.15) / 0.0169926 = 2.94245; two-sided p = 2 · (1 − Φ(2.94245)) = 0.003256
        TwoProportionTest.Result r = TwoProportionTest.compare(new VariantCounts("a", 1000, 200), new VariantCounts("b", 1000, 150));
        assertThat(r.pooledRate()).isCloseTo(0.175, within(1e-12));
        assertThat(r.standardError()).isCloseTo(0.0169926, within(1e-7));
        assertThat(r.z()).isCloseTo(2.94245, within(1e-5));
        assertThat(r.pValue()).isCloseTo(0.003256, within(1e-6));
        assertThat(r.significant()).isTrue();
        // two-sided: the order of the variants only flips the sign of z
        TwoProportionTest.Result flipped = TwoProportionTest.compare(new VariantCounts("b", 1000, 150), new VariantCounts("a", 1000, 200));
        assertThat(flipped.z()).isCloseTo(-2.94245, within(1e-5));
        assertThat(flipped.pValue()).isCloseTo(r.pValue(), within(1e-15));
    }

    @Test
    void theCriticalValueIsTheNinetySevenAndAHalfPercentQuantile() {
        assertThat(TwoProportionTest.CRITICAL_Z).isCloseTo(1.959964, within(1e-6));
    }

    @Test
    void sampleNeededIsTheSmallestEqualSampleThatMakesTheObservedRatesSignificant() {
        // 20% vs 15%: p̄ = 0.175, n = 1.959964² · 2 · 0.175 · 0.825 / 0.05² = 3.841459 · 0.28875 / 0.0025 = 443.69 → 444
        assertThat(TwoProportionTest.sampleNeededPerVariant(0.20, 0.15)).hasValue(444);
        // check the definition: 444 per variant is significant, 443 is not (20% of 444 is not whole, so use the rates' z directly)
        assertThat(zAt(0.20, 0.15, 444)).isGreaterThan(TwoProportionTest.CRITICAL_Z);
        assertThat(zAt(0.20, 0.15, 443)).isLessThan(TwoProportionTest.CRITICAL_Z);
        assertThat(TwoProportionTest.sampleNeededPerVariant(0.1, 0.1)).isEmpty();
    }

    @Test
    void aWinnerNeedsPBelowFivePercentAndAHundredImpressionsPerVariant() {
        // 30/100 vs 16/100: p̄ = 0.23, SE = √(0.23 · 0.77 · 0.02) = 0.059515, z = 0.14 / 0.059515 = 2.3524, p = 0.0187
        ExperimentVerdict verdict = ExperimentVerdict.of(List.of(new VariantCounts("control", 100, 16), new VariantCounts("new", 100, 30)));
        assertThat(verdict.outcome()).isEqualTo(ExperimentVerdict.Outcome.WINNER);
        assertThat(verdict.leader()).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("new"));
        assertThat(verdict.comparisons().get(0).test().pValue()).isCloseTo(0.018655, within(1e-6));
        assertThat(verdict.summary()).isEqualTo("new wins: 30.00% vs 16.00% (control), p = 0.019");

        // the same difference on 99 impressions is significant (p = 0.0167) but one variant is under 100
        ExperimentVerdict early = ExperimentVerdict.of(List.of(new VariantCounts("control", 100, 16), new VariantCounts("new", 99, 30)));
        assertThat(early.outcome()).isEqualTo(ExperimentVerdict.Outcome.NOT_SIGNIFICANT_YET);
        assertThat(early.comparisons().get(0).test().pValue()).isCloseTo(0.016710, within(1e-6));
        assertThat(early.samplePerVariant()).hasValue(100);
        assertThat(early.stillNeeded()).hasValue(1);
    }

    @Test
    void withThreeVariantsTheLeaderMustBeatEachOtherAndTheClosestDecidesTheSample() {
        // annual_first 89/2015 = 4.417% leads; vs control 73/2140 = 3.411%: z = 1.6737, p = 0.0942;
        // vs trial_7d 61/1630 = 3.742%: z = 1.0193, p = 0.3080 (the closest).
        // sample for 4.417% vs 3.742%: p̄ = 0.040796, n = 3.841459 · 2 · p̄(1 − p̄) / 0.006745² = 6607.49 → 6608; 6608 − 1630 = 4978 more
        ExperimentVerdict verdict = ExperimentVerdict.of(List.of(new VariantCounts("control", 2140, 73),
                new VariantCounts("annual_first", 2015, 89), new VariantCounts("trial_7d", 1630, 61)));
        assertThat(verdict.outcome()).isEqualTo(ExperimentVerdict.Outcome.NOT_SIGNIFICANT_YET);
        assertThat(verdict.leader().orElseThrow().name()).isEqualTo("annual_first");
        assertThat(verdict.comparisons()).extracting(c -> c.other().name()).containsExactly("trial_7d", "control");
        assertThat(verdict.comparisons().get(1).test().pValue()).isCloseTo(0.094193, within(1e-6));
        assertThat(verdict.comparisons().get(0).test().pValue()).isCloseTo(0.308041, within(1e-6));
        assertThat(verdict.samplePerVariant()).hasValue(6608);
        assertThat(verdict.stillNeeded()).hasValue(4978);
        assertThat(verdict.summary()).isEqualTo("Not significant yet: annual_first leads, 4.42% vs 3.74% (trial_7d), p = 0.308;"
                + " needs about 6,608 impressions per variant (4,978 more)");
    }

    @Test
    void identicalRatesCanNeverBeSignificant() {
        ExperimentVerdict verdict = ExperimentVerdict.of(List.of(new VariantCounts("a", 500, 50), new VariantCounts("b", 400, 40)));
        assertThat(verdict.outcome()).isEqualTo(ExperimentVerdict.Outcome.NOT_SIGNIFICANT_YET);
        assertThat(verdict.samplePerVariant()).isEmpty();
        assertThat(verdict.summary()).contains("convert alike so far (10.00%)");
        // no conversions anywhere: SE = 0, p = 1
        assertThat(TwoProportionTest.compare(new VariantCounts("a", 200, 0), new VariantCounts("b", 300, 0)).pValue()).isEqualTo(1.0);
    }

    @Test
    void aSingleVariantIsNotAnExperimentYet() {
        ExperimentVerdict verdict = ExperimentVerdict.of(List.of(new VariantCounts("only", 40, 4), new VariantCounts("unseen", 0, 0)));
        assertThat(verdict.outcome()).isEqualTo(ExperimentVerdict.Outcome.NOT_SIGNIFICANT_YET);
        assertThat(verdict.summary()).contains("at least two variants");
    }

    @Test
    void pValuesAreWrittenWithUsefulPrecision() {
        assertThat(ExperimentVerdict.p(0.094193)).isEqualTo("p = 0.094");
        assertThat(ExperimentVerdict.p(0.003256)).isEqualTo("p = 0.0033");
        assertThat(ExperimentVerdict.p(0.00001)).isEqualTo("p < 0.0001");
    }

    private static double zAt(double a, double b, long n) {
        double mean = (a + b) / 2;
        return (a - b) / Math.sqrt(mean * (1 - mean) * 2.0 / n);
    }
}
