package com.revops.app.console.forecast;

import java.math.BigDecimal;

import com.revops.domain.forecast.ByHorizon;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.domain.forecast.MethodScore;

/** One forecast method in the Forecast screen's table: its forecasts, how its 30-day forecasts fared, and whether it did best. */
public record MethodRow(ForecastMethod method, ByHorizon<BigDecimal> forecast, MethodScore score30, boolean best) {
}
