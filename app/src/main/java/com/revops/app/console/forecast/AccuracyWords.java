package com.revops.app.console.forecast;

import java.math.BigDecimal;
import java.util.List;

import com.revops.app.Formats;
import com.revops.domain.revenue.ForecastAccuracy;

/** Forecast accuracy (WAPE, bias, MAPE) said in plain words for the operator. */
final class AccuracyWords {
    /** Within this share of what closed, the forecasts were "about right". */
    private static final BigDecimal ABOUT_RIGHT = new BigDecimal("0.05");

    private AccuracyWords() {
    }

    static String describe(ForecastAccuracy accuracy) {
        List<ForecastAccuracy.Point> points = accuracy.points();
        if (points.isEmpty()) {
            return "No forecast can be judged yet: a daily snapshot's 30-day forecast is judged once its 30 days are over. "
                    + "The chart shows the forecasts so far and what has closed since each.";
        }
        BigDecimal forecast = points.stream().map(ForecastAccuracy.Point::forecast).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal closed = points.stream().map(ForecastAccuracy.Point::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
        String judged = points.size() == 1 ? "The one judged 30-day forecast" : "The " + points.size() + " judged 30-day forecasts";
        String totals = judged + " expected " + Formats.money(forecast) + " in all; " + Formats.money(closed) + " closed. ";
        if (accuracy.bias().isEmpty()) {
            return totals + "Nothing closed in the 30 days after any of them, so the error cannot be put as a share of revenue.";
        }
        BigDecimal bias = accuracy.bias().get();
        String direction = bias.abs().compareTo(ABOUT_RIGHT) < 0
                ? "Overall they were about right (bias " + signed(bias) + ")"
                : "Overall they ran " + Formats.percent(bias.abs()) + (bias.signum() > 0 ? " high" : " low") + " (bias)";
        String wape = accuracy.wape().map(w -> "; the misses added up to " + Formats.percent(w) + " of what closed (WAPE)").orElse("");
        String mape = accuracy.mape().map(m -> "; a single day's forecast was off by " + Formats.percent(m) + " on average (MAPE)")
                .orElse("");
        return totals + direction + wape + mape + ".";
    }

    /** "+105.4%", "-12.0%". */
    static String signed(BigDecimal rate) {
        return (rate.signum() > 0 ? "+" : "") + Formats.percent(rate);
    }
}
