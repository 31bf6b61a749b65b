package com.revops.domain.forecast;

import java.math.BigDecimal;

/**
 * The judged forecasts of one method and horizon, summed (an SQL aggregate of the ledger, or a backtest's
 * points): how many, Σ|F − A|, Σ(F − A), Σ A, and — for a range — how many actuals fell inside P10–P90
 * out of how many ranges were judged.
 */
public record AccuracyTotals(ForecastMethod method, int horizonDays, long points, BigDecimal absError, BigDecimal error,
                             BigDecimal actual, long covered, long ranged) {

    public static AccuracyTotals none(ForecastMethod method, int horizonDays) {
        return new AccuracyTotals(method, horizonDays, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
    }

    /** These totals with one more judged forecast. */
    public AccuracyTotals plus(BigDecimal forecast, BigDecimal actualRevenue, java.util.Optional<Interval> range) {
        BigDecimal diff = forecast.subtract(actualRevenue);
        return new AccuracyTotals(method, horizonDays, points + 1, absError.add(diff.abs()), error.add(diff), actual.add(actualRevenue),
                covered + (range.isPresent() && range.get().covers(actualRevenue) ? 1 : 0), ranged + (range.isPresent() ? 1 : 0));
    }
}
