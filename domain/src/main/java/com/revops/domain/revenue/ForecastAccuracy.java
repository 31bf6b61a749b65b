package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How past 30-day forecasts fared (SPEC §4 "beyond the PRD"): each snapshot's forecast_30d
 * against the deal revenue that actually closed in the 30 days after it.
 * WAPE = Σ|F − A| ÷ Σ A; bias = Σ(F − A) ÷ Σ A (positive: the forecast ran high);
 * MAPE = mean of |F − A| ÷ A over the points with A > 0.
 */
public record ForecastAccuracy(List<Point> points, Optional<BigDecimal> wape, Optional<BigDecimal> bias, Optional<BigDecimal> mape) {

    public ForecastAccuracy {
        points = List.copyOf(points);
    }

    public static ForecastAccuracy of(List<Point> points) {
        BigDecimal absError = BigDecimal.ZERO;
        BigDecimal error = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal pctSum = BigDecimal.ZERO;
        int pctCount = 0;
        for (Point p : points) {
            BigDecimal diff = p.forecast().subtract(p.actual());
            absError = absError.add(diff.abs());
            error = error.add(diff);
            actual = actual.add(p.actual());
            if (p.actual().signum() > 0) {
                pctSum = pctSum.add(diff.abs().divide(p.actual(), MathContext.DECIMAL64));
                pctCount++;
            }
        }
        boolean defined = actual.signum() > 0;
        Optional<BigDecimal> wape = defined ? Optional.of(absError.divide(actual, MathContext.DECIMAL64)) : Optional.empty();
        Optional<BigDecimal> bias = defined ? Optional.of(error.divide(actual, MathContext.DECIMAL64)) : Optional.empty();
        Optional<BigDecimal> mape = pctCount == 0 ? Optional.empty()
                : Optional.of(pctSum.divide(BigDecimal.valueOf(pctCount), MathContext.DECIMAL64));
        return new ForecastAccuracy(points, wape, bias, mape);
    }

    /** A snapshot's 30-day forecast and what closed in the 30 days after it. */
    public record Point(LocalDate snapshotDate, BigDecimal forecast, BigDecimal actual) {
    }
}
