package com.revops.app.console.credits;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.value.ObservableValue;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/** Spend per day as stacked bars, one color per model or task type. */
final class DailySpendChart {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.US);

    private DailySpendChart() {
    }

    static StackedBarChart<String, Number> of(String title, String id, ObservableValue<DailySpendBars> bars) {
        CategoryAxis x = new CategoryAxis();
        x.setTickLabelRotation(-90);
        NumberAxis y = new NumberAxis();
        y.setLabel("Spend per day ($)");
        y.setTickLabelFormatter(new NumberAxis.DefaultFormatter(y, "$", null));
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setTitle(title);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setCategoryGap(3);
        chart.setMinHeight(300);
        chart.setPrefHeight(320);
        bars.addListener((o, was, now) -> fill(chart, x, now));
        fill(chart, x, bars.getValue());
        return chart;
    }

    private static void fill(StackedBarChart<String, Number> chart, CategoryAxis x, DailySpendBars bars) {
        chart.getData().clear();
        List<String> days = bars.days().stream().map(DAY::format).toList();
        x.setCategories(javafx.collections.FXCollections.observableArrayList(days));
        for (Map.Entry<String, List<BigDecimal>> line : bars.series().entrySet()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(line.getKey());
            for (int i = 0; i < days.size(); i++) {
                // a chart needs a double; the money stays exact in the tables
                series.getData().add(new XYChart.Data<>(days.get(i), line.getValue().get(i).doubleValue()));
            }
            chart.getData().add(series);
        }
    }
}
