package com.revops.app.console.forecast;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.revops.domain.revenue.ForecastOutcome;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * Each past snapshot's 30-day forecast against the deal revenue that closed in the 30 days after
 * it, by snapshot day; while those 30 days are not over, what has closed so far (dashed).
 */
final class ForecastHistoryChart {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.US);

    private final NumberAxis days = new NumberAxis();
    private final NumberAxis dollars = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(days, dollars);
    private final XYChart.Series<Number, Number> forecast = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> closed = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> closedSoFar = new XYChart.Series<>();

    ForecastHistoryChart() {
        chart.setId("forecast-history");
        chart.setTitle("30-day forecast vs. deal revenue closed in the 30 days after");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(true);
        forecast.setName("Forecast for the next 30 days");
        closed.setName("Closed in those 30 days");
        closedSoFar.setName("Closed so far (30 days not over)");
        chart.getData().addAll(List.of(forecast, closed, closedSoFar));
        dollars.setLabel("Deal revenue");
        dollars.setTickLabelFormatter(new NumberAxis.DefaultFormatter(dollars, "$", null));
        dollars.setForceZeroInRange(true);
        days.setLabel("Snapshot day");
        days.setAutoRanging(false);
        days.setMinorTickVisible(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return DAY.format(LocalDate.ofEpochDay(Math.round(epochDay.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    void show(List<ForecastOutcome> outcomes) {
        List<ForecastOutcome> byDay = outcomes.stream().sorted(Comparator.comparing(ForecastOutcome::snapshotDate)).toList();
        // a chart needs doubles; the money stays exact in the table beside it
        forecast.getData().setAll(byDay.stream().map(o -> point(o.snapshotDate(), o.forecast().doubleValue())).toList());
        closed.getData().setAll(byDay.stream().filter(ForecastOutcome::judged)
                .map(o -> point(o.snapshotDate(), o.closed().doubleValue())).toList());
        closedSoFar.getData().setAll(byDay.stream().filter(o -> !o.judged())
                .map(o -> point(o.snapshotDate(), o.closed().doubleValue())).toList());
        if (byDay.isEmpty()) {
            return;
        }
        long first = byDay.get(0).snapshotDate().toEpochDay();
        long last = Math.max(first + 1, byDay.get(byDay.size() - 1).snapshotDate().toEpochDay());
        long span = last - first;
        long unit = span <= 14 ? 1 : span <= 60 ? 7 : span <= 200 ? 14 : 30;
        days.setLowerBound(first);
        days.setUpperBound(last);
        days.setTickUnit(unit);
    }

    private static XYChart.Data<Number, Number> point(LocalDate day, double value) {
        return new XYChart.Data<>(day.toEpochDay(), value);
    }
}
