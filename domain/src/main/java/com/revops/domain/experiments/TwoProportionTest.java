package com.revops.domain.experiments;

import java.util.OptionalLong;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The two-sided two-proportion z-test with a pooled standard error, as in any statistics textbook:
 * <pre>
 *   p̂ = (x₁ + x₂) / (n₁ + n₂)          pooled conversion rate
 *   SE = √(p̂ (1 − p̂) (1/n₁ + 1/n₂))
 *   z  = (x₁/n₁ − x₂/n₂) / SE
 *   p  = 2 · (1 − Φ(|z|))
 * </pre>
 * Worked by hand: 200/1000 against 150/1000 gives p̂ = 0.175, SE = √(0.175 · 0.825 · 0.002) = 0.016992,
 * z = 0.05 / 0.016992 = 2.9426 and p ≈ 0.00326.
 */
public final class TwoProportionTest {
    /** The significance level: a difference counts when p < 0.05. */
    public static final double ALPHA = 0.05;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);
    /** |z| beyond which a two-sided test is significant at {@link #ALPHA}: Φ⁻¹(0.975) = 1.959964. */
    public static final double CRITICAL_Z = STANDARD_NORMAL.inverseCumulativeProbability(1 - ALPHA / 2);

    private TwoProportionTest() {
    }

    /** Tests whether {@code a} and {@code b} convert differently. With no conversions (or only conversions) on both sides, z = 0 and p = 1. */
    public static Result compare(VariantCounts a, VariantCounts b) {
        if (a.impressions() == 0 || b.impressions() == 0) {
            throw new IllegalArgumentException("both variants need impressions to be compared");
        }
        double pooled = (double) (a.conversions() + b.conversions()) / (a.impressions() + b.impressions());
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / a.impressions() + 1.0 / b.impressions()));
        double difference = a.rate() - b.rate();
        if (standardError == 0) {
            return new Result(difference, pooled, 0, 0, 1);
        }
        double z = difference / standardError;
        // 2 · Φ(−|z|) rather than 2 · (1 − Φ(|z|)): the same number without cancellation far in the tail
        double p = Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
        return new Result(difference, pooled, standardError, z, p);
    }

    /**
     * The sample still needed, defined as: the smallest number of impressions n per variant at which
     * the rates observed now, were they to hold, would be significant (|z| > {@link #CRITICAL_Z}) with
     * n impressions on each side. With equal n the pooled rate is the mean of the two rates p̄, so
     * <pre>  n = ⌊ z*² · 2 · p̄ (1 − p̄) / (r₁ − r₂)² ⌋ + 1</pre>
     * Worked by hand: 20% against 15% gives p̄ = 0.175, n = ⌊3.841459 · 2 · 0.144375 / 0.0025⌋ + 1 = ⌊443.69⌋ + 1 = 444.
     * Empty when the rates are equal: no sample would make no difference significant.
     */
    public static OptionalLong sampleNeededPerVariant(double rateA, double rateB) {
        double difference = rateA - rateB;
        if (difference == 0) {
            return OptionalLong.empty();
        }
        double mean = (rateA + rateB) / 2;
        double n = CRITICAL_Z * CRITICAL_Z * 2 * mean * (1 - mean) / (difference * difference);
        return OptionalLong.of((long) Math.floor(n) + 1);
    }

    /** The test's numbers: difference of the rates (a − b), pooled rate, standard error, z and the two-sided p-value. */
    public record Result(double difference, double pooledRate, double standardError, double z, double pValue) {
        public boolean significant() {
            return pValue < ALPHA;
        }
    }
}
