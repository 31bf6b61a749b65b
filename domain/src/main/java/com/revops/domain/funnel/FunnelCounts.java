package com.revops.domain.funnel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A period's funnel volumes and month-1 retention; the step rates follow from them. */
public record FunnelCounts(long impressions, long clicks, long signups, long trials, long purchases, Optional<BigDecimal> month1Retention) {

    public FunnelCounts {
        if (impressions < 0 || clicks < 0 || signups < 0 || trials < 0 || purchases < 0) {
            throw new IllegalArgumentException("funnel counts cannot be negative");
        }
    }

    /** Each step's rate; a step whose base is zero has none. */
    public Map<FunnelStep, BigDecimal> rates() {
        Map<FunnelStep, BigDecimal> rates = new EnumMap<>(FunnelStep.class);
        put(rates, FunnelStep.IMPRESSION_TO_CLICK, clicks, impressions);
        put(rates, FunnelStep.CLICK_TO_SIGNUP, signups, clicks);
        put(rates, FunnelStep.SIGNUP_TO_TRIAL, trials, signups);
        put(rates, FunnelStep.TRIAL_TO_PAID, purchases, trials);
        month1Retention.ifPresent(r -> rates.put(FunnelStep.MONTH1_RETENTION, r));
        return rates;
    }

    private static void put(Map<FunnelStep, BigDecimal> rates, FunnelStep step, long part, long whole) {
        if (whole > 0) {
            rates.put(step, BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64));
        }
    }
}
