package com.revops.app.console.forecast;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.common.Stage;
import com.revops.domain.forecast.AgeBucket;
import com.revops.domain.forecast.Contribution;
import com.revops.domain.forecast.Forecast;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/** What each open stage adds to the 30-day forecast, stacked by how long its contacts have waited; the new leads beside it. */
final class ContributionChart {
    static final String NEW_LEADS = "New leads";

    private final CategoryAxis stages = new CategoryAxis();
    private final NumberAxis dollars = new NumberAxis();
    private final StackedBarChart<String, Number> chart = new StackedBarChart<>(stages, dollars);
    private final Map<AgeBucket, XYChart.Series<String, Number>> byAge = new EnumMap<>(AgeBucket.class);
    private final XYChart.Series<String, Number> leads = new XYChart.Series<>();

    ContributionChart() {
        chart.setId("forecast-contributions");
        chart.setTitle("Where the 30-day forecast comes from");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setCategoryGap(18);
        for (AgeBucket b : AgeBucket.values()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName("in stage " + b.label());
            byAge.put(b, series);
            chart.getData().add(series);
        }
        leads.setName(NEW_LEADS);
        chart.getData().add(leads);
        List<String> categories = new java.util.ArrayList<>(Stage.OPEN.stream().map(Stage::label).toList());
        categories.add(NEW_LEADS);
        stages.getCategories().setAll(categories);
        dollars.setLabel("Expected, 30 days");
        dollars.setTickLabelFormatter(new NumberAxis.DefaultFormatter(dollars, "$", null));
    }

    StackedBarChart<String, Number> node() {
        return chart;
    }

    void show(Forecast forecast, List<Contribution> contributions) {
        for (AgeBucket b : AgeBucket.values()) {
            // a chart needs doubles; the exact money is in --forecast
            byAge.get(b).getData().setAll(Stage.OPEN.stream().map(s -> new XYChart.Data<String, Number>(s.label(),
                    contributions.stream().filter(c -> c.stage() == s && c.age() == b).map(c -> c.expected().d30())
                            .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue())).toList());
        }
        leads.getData().setAll(List.of(new XYChart.Data<>(NEW_LEADS, forecast.newLeads().d30().doubleValue())));
    }
}
