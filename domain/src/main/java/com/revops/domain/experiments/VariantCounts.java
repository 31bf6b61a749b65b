package com.revops.domain.experiments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** One variant of an experiment: how often it was shown and how often it converted. */
public record VariantCounts(String name, long impressions, long conversions) {

    public VariantCounts {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a variant needs a name");
        }
        if (impressions < 0 || conversions < 0) {
            throw new IllegalArgumentException("variant counts cannot be negative");
        }
        if (conversions > impressions) {
            throw new IllegalArgumentException("variant " + name + " has more conversions (" + conversions + ") than impressions (" + impressions + ")");
        }
    }

    /** Conversions ÷ impressions; none without impressions. */
    public Optional<BigDecimal> conversionRate() {
        return impressions == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(conversions).divide(BigDecimal.valueOf(impressions), MathContext.DECIMAL64));
    }

    /** The rate as a double for the statistics (0 without impressions). */
    double rate() {
        return impressions == 0 ? 0 : (double) conversions / impressions;
    }
}
