package com.revops.app.console.dashboard;

import java.util.Optional;

import com.revops.app.console.ui.Glossary;
import com.revops.app.Formats;
import com.revops.app.console.Navigator;
import com.revops.app.console.ScreenId;
import com.revops.app.console.ui.Tiles;
import com.revops.domain.forecast.ForecastWords;
import com.revops.domain.revenue.PipelineSummary;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/** The dashboard (SPEC §6): seven TilesFX tiles, each leading to its screen, and the pipeline by stage. */
public final class DashboardView {
    private final DashboardViewModel model;
    private final Navigator navigator;
    private final GridPane root = new GridPane();

    public DashboardView(DashboardViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        createView();
    }

    public javafx.scene.Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("dashboard");
        root.setHgap(14);
        root.setVgap(14);
        root.setPadding(new Insets(18));
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(25);
            c.setHgrow(Priority.ALWAYS);
            root.getColumnConstraints().add(c);
        }
        RowConstraints tileRow = new RowConstraints(Tiles.HEIGHT, Tiles.HEIGHT, Double.MAX_VALUE);
        RowConstraints chartRow = new RowConstraints(240, 300, Double.MAX_VALUE);
        chartRow.setVgrow(Priority.ALWAYS);
        root.getRowConstraints().addAll(tileRow, tileRow, chartRow);

        Tiles.TrendTile pipelineTrend = Tiles.valueWithTrend("Pipeline value", "money");
        Tiles.ValueTile pipeline = pipelineTrend.value();
        pipeline.value().textProperty().bind(Bindings.createStringBinding(() -> money(model.pipelineValueProperty().get()),
                model.pipelineValueProperty()));
        pipeline.detail().textProperty().bind(model.pipelineDetailProperty());
        link(pipeline.tile(), ScreenId.PIPELINE, "tile-pipeline");
        Glossary.explain(pipeline.tile(), "dashboard.pipeline");

        Tiles.TrendTile forecastTrend = Tiles.valueWithTrend("30-day forecast", "money");
        Tiles.ValueTile forecast = forecastTrend.value();
        forecast.value().textProperty().bind(Bindings.createStringBinding(() -> model.forecast30Property().get() == null ? "—"
                : ForecastWords.headline(model.forecast30Property().get(), Optional.empty()), model.forecast30Property()));
        forecast.detail().textProperty().bind(model.forecastDetailProperty());
        link(forecast.tile(), ScreenId.FORECAST, "tile-forecast");
        Glossary.explain(forecast.tile(), "dashboard.forecast30");

        Tiles.TrendTile mtdTrend = Tiles.valueWithTrend("MTD revenue", "money");
        Tiles.ValueTile mtd = mtdTrend.value();
        mtd.value().textProperty().bind(Bindings.createStringBinding(() -> money(model.mtdRevenueProperty().get()),
                model.mtdRevenueProperty()));
        mtd.detail().textProperty().bind(model.mtdDetailProperty());
        link(mtd.tile(), ScreenId.OFFERS, "tile-mtd");
        Glossary.explain(mtd.tile(), "dashboard.mtd");

        Tiles.ValueTile deals = Tiles.value("Deals this month", "count");
        deals.value().textProperty().bind(Bindings.createStringBinding(() -> Optional.ofNullable(model.dealsThisMonthProperty().get())
                .map(String::valueOf).orElse("—"), model.dealsThisMonthProperty()));
        deals.detail().textProperty().bind(model.dealsDetailProperty());
        link(deals.tile(), ScreenId.OFFERS, "tile-deals");
        Glossary.explain(deals.tile(), "dashboard.deals");

        Tiles.ValueTile offer = Tiles.value("Top offer", "name");
        offer.value().textProperty().bind(model.topOfferProperty());
        offer.detail().textProperty().bind(model.topOfferDetailProperty());
        link(offer.tile(), ScreenId.OFFERS, "tile-top-offer");
        Glossary.explain(offer.tile(), "dashboard.topOffer");

        Tiles.ValueTile source = Tiles.value("Best source", "name");
        source.value().textProperty().bind(model.bestSourceProperty());
        source.detail().textProperty().bind(model.bestSourceDetailProperty());
        link(source.tile(), ScreenId.SOURCES, "tile-best-source");
        Glossary.explain(source.tile(), "dashboard.bestSource");

        trend(pipelineTrend, "trend-pipeline", Trends::pipeline);
        trend(forecastTrend, "trend-forecast", Trends::forecast);
        trend(mtdTrend, "trend-mtd", Trends::mtd);

        root.add(pipeline.tile(), 0, 0);
        root.add(forecast.tile(), 1, 0);
        root.add(mtd.tile(), 2, 0);
        root.add(deals.tile(), 3, 0);
        root.add(offer.tile(), 0, 1);
        root.add(source.tile(), 1, 1);
        Node alerts = alertsTile();
        root.add(alerts, 2, 1, 2, 2);
        root.add(stageChart(), 0, 2, 2, 1);
    }

    private void trend(Tiles.TrendTile tile, String id, java.util.function.Function<Trends, Trends.Line> line) {
        tile.trend().setId(id);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        javafx.scene.control.Tooltip.install(tile.trend(), tip);
        java.util.function.Consumer<Trends> show = t -> {
            tile.trend().show(line.apply(t).points());
            tip.setText(line.apply(t).words());
        };
        show.accept(model.trendsProperty().getValue());
        model.trendsProperty().addListener((o, was, now) -> show.accept(now));
    }

    private Node alertsTile() {
        ListView<DashboardViewModel.AlertItem> list = new ListView<>(model.alerts());
        list.getStyleClass().add("alert-list");
        list.setId("dashboard-alerts");
        list.setPlaceholder(new Label("No open alerts"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DashboardViewModel.AlertItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("urgent", "warning", "info");
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label message = new Label(item.message());
                message.setWrapText(true);
                message.getStyleClass().add("alert-message");
                Label action = new Label("→ " + item.action());
                action.setWrapText(true);
                action.getStyleClass().add("alert-action");
                VBox box = new VBox(2, message, action);
                // wrap inside the list's width instead of running off the edge
                message.prefWidthProperty().bind(list.widthProperty().subtract(36));
                action.prefWidthProperty().bind(list.widthProperty().subtract(36));
                message.setMinHeight(Region.USE_PREF_SIZE);
                action.setMinHeight(Region.USE_PREF_SIZE);
                setGraphic(box);
                getStyleClass().add(item.severity());
            }
        });
        list.setOnMouseClicked(e -> {
            DashboardViewModel.AlertItem item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getClickCount() >= 1) {
                navigator.show(item.target(), item.focus());
            }
        });
        Label title = new Label();
        title.getStyleClass().add("tile-heading");
        title.textProperty().bind(Bindings.size(model.alerts()).asString("Open alerts (%d)"));
        VBox box = new VBox(8, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        // a tile's own title grows with the tile; this one spans four cells, so it gets a heading like the small tiles'
        var tile = Tiles.custom("", box);
        tile.getStyleClass().add("tile-alerts");
        tile.setId("tile-alerts");
        Glossary.explain(title, "dashboard.alerts");
        return tile;
    }

    private Node stageChart() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("Potential ($)");
        y.setTickLabelFormatter(new NumberAxis.DefaultFormatter(y, "$", null));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getStyleClass().add("stage-chart");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        model.stages().addListener((javafx.collections.ListChangeListener<PipelineSummary.StageLine>) c -> {
            series.getData().clear();
            for (PipelineSummary.StageLine line : model.stages()) {
                // a chart needs a double; the money stays exact everywhere else
                series.getData().add(new XYChart.Data<>(line.stage().label() + " (" + line.contacts() + ")", line.value().doubleValue()));
            }
        });
        // in a tile like the others: one visual language across the dashboard (issue 18)
        var tile = Tiles.custom("Pipeline by stage — potential value", chart);
        tile.getStyleClass().add("tile-chart");
        link(tile, ScreenId.PIPELINE, "tile-stage-chart");
        return tile;
    }

    private void link(javafx.scene.layout.Region tile, ScreenId target, String id) {
        tile.setId(id);
        tile.setCursor(Cursor.HAND);
        tile.setOnMouseClicked(e -> navigator.show(target));
    }

    private static String money(java.math.BigDecimal value) {
        return value == null ? "—" : Formats.money(value);
    }
}
