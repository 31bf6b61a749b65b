package com.revops.app.console.forecast;

import java.util.List;

import com.revops.domain.forecast.ByHorizon;
import com.revops.domain.forecast.Forecast;

import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The forecast as a fan: cumulative deal revenue expected from today to 30, 60 and 90 days, with the P10–P90 band
 * around it (the P90 area drawn first, the P10 area over it in the plot's colour, so the band is what shows between).
 */
final class ForecastFanChart {
    private final NumberAxis days = new NumberAxis(0, ByHorizon.MAX_DAYS, 30);
    private final NumberAxis dollars = new NumberAxis();
    private final AreaChart<Number, Number> chart = new AreaChart<>(days, dollars);
    private final XYChart.Series<Number, Number> p90 = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> p10 = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> p50 = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> expected = new XYChart.Series<>();

    ForecastFanChart() {
        chart.setId("forecast-fan");
        chart.getStyleClass().add("fan-chart");
        chart.setTitle("Deal revenue expected from today, with its likely range (P10–P90)");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(true);
        p90.setName("P90");
        p10.setName("P10");
        p50.setName("P50 (median)");
        expected.setName("Forecast (hazard)");
        chart.getData().addAll(List.of(p90, p10, p50, expected));
        days.setLabel("Days from today");
        days.setMinorTickVisible(false);
        dollars.setLabel("Deal revenue");
        dollars.setTickLabelFormatter(new NumberAxis.DefaultFormatter(dollars, "$", null));
        dollars.setForceZeroInRange(true);
    }

    AreaChart<Number, Number> node() {
        return chart;
    }

    void show(Forecast forecast) {
        // a chart needs doubles; the exact money is in the tiles and tables
        expected.getData().setAll(points(h -> forecast.hazard().at(h).doubleValue()));
        forecast.range().ifPresentOrElse(range -> {
            p90.getData().setAll(points(h -> range.at(h).p90().doubleValue()));
            p10.getData().setAll(points(h -> range.at(h).p10().doubleValue()));
            p50.getData().setAll(points(h -> range.at(h).p50().doubleValue()));
        }, () -> List.of(p90, p10, p50).forEach(s -> s.getData().clear()));
    }

    private static List<XYChart.Data<Number, Number>> points(java.util.function.IntToDoubleFunction value) {
        List<XYChart.Data<Number, Number>> out = new java.util.ArrayList<>();
        out.add(new XYChart.Data<>(0, 0));
        for (int h : ByHorizon.DAYS) {
            out.add(new XYChart.Data<>(h, value.applyAsDouble(h)));
        }
        return out;
    }
}
