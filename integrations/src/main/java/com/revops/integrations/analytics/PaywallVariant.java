package com.revops.integrations.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** One paywall variant's totals (PRD-019 §4.4): which product and experiment, how often shown, bought, for how much. */
public record PaywallVariant(Optional<String> product, Optional<String> experiment, String variantId, long impressions,
                             long conversions, Optional<BigDecimal> revenueUsd) {

    public PaywallVariant {
        if (variantId == null || variantId.isBlank()) {
            throw new IllegalArgumentException("a paywall variant needs an id");
        }
        if (impressions < 0 || conversions < 0) {
            throw new IllegalArgumentException("paywall counts cannot be negative");
        }
    }

    /** Conversions ÷ impressions to four decimals (the column's scale); none without impressions. */
    public Optional<BigDecimal> conversionRate() {
        if (impressions == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(conversions).divide(BigDecimal.valueOf(impressions), 4, RoundingMode.HALF_UP));
    }
}
