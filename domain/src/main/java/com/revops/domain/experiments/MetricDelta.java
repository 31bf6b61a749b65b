package com.revops.domain.experiments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * A before/after experiment's result (PRD-019 §4.9, product and App Store experiments): the metric
 * at baseline, after the change (absent while it is still being measured), and the change —
 * absolute (post − baseline) and relative ((post − baseline) ÷ baseline, absent for a zero baseline).
 */
public record MetricDelta(Optional<BigDecimal> baseline, Optional<BigDecimal> post) {

    public Optional<BigDecimal> absolute() {
        return baseline.flatMap(b -> post.map(p -> p.subtract(b)));
    }

    public Optional<BigDecimal> relative() {
        return baseline.filter(b -> b.signum() != 0)
                .flatMap(b -> absolute().map(d -> d.divide(b, MathContext.DECIMAL64)));
    }

    /** A rate (both known values between 0 and 1) is shown in percent and its change in points; anything else is a count. */
    public boolean isRate() {
        return baseline.or(() -> post).isPresent()
                && baseline.map(MetricDelta::fraction).orElse(true) && post.map(MetricDelta::fraction).orElse(true);
    }

    private static boolean fraction(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
    }
}
