package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * How one method's forecasts of one horizon fared (SPEC §4 accuracy ledger): WAPE = Σ|F − A| ÷ Σ A and
 * bias = Σ(F − A) ÷ Σ A over the judged forecasts (positive bias: it ran high); with fewer than
 * {@value #MIN_POINTS} judged points there is "not enough history". Coverage is the share of actuals inside
 * the P10–P90 range, where ranges were judged.
 */
public record MethodScore(ForecastMethod method, int horizonDays, long points, Optional<BigDecimal> wape, Optional<BigDecimal> bias,
                          Optional<BigDecimal> coverage) {
    public static final int MIN_POINTS = 8;

    public static MethodScore of(AccuracyTotals t) {
        boolean defined = t.actual().signum() > 0;
        return new MethodScore(t.method(), t.horizonDays(), t.points(),
                defined ? Optional.of(t.absError().divide(t.actual(), MathContext.DECIMAL64)) : Optional.empty(),
                defined ? Optional.of(t.error().divide(t.actual(), MathContext.DECIMAL64)) : Optional.empty(),
                t.ranged() == 0 ? Optional.empty()
                        : Optional.of(BigDecimal.valueOf(t.covered()).divide(BigDecimal.valueOf(t.ranged()), MathContext.DECIMAL64)));
    }

    /** At least 8 judged points and some revenue to judge them against. */
    public boolean enough() {
        return points >= MIN_POINTS && wape.isPresent();
    }
}
