package com.revops.app.console.sources;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.revops.app.console.ui.Glossary;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.ScreenStylesheet;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.domain.attribution.AttributionDimension;
import com.revops.domain.attribution.AttributionRow;
import com.revops.domain.revenue.TopSources;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Sources & attribution: revenue by platform and by niche, the best source, and attribution by a chosen dimension. */
public final class SourcesView {
    private final SourcesViewModel model;
    private final VBox root = new VBox();

    public SourcesView(SourcesViewModel model) {
        this.model = model;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "sources-screen");
        root.getStylesheets().add(ScreenStylesheet.of("revenue-screens"));
        root.setId("sources-screen");
        Label title = Headings.title("Sources & attribution");
        Label subtitle = Headings.subtitle(model.periodProperty());
        HBox charts = new HBox(14, rankedChart("Deal revenue by platform", "sources-platforms", model.platforms()),
                rankedChart("Deal revenue by niche", "sources-niches", model.niches()), bestSource());
        charts.setMinHeight(250);
        charts.setPrefHeight(270);
        root.getChildren().addAll(new VBox(2, title, subtitle), charts, attribution());
    }

    private Node rankedChart(String title, String id, ObservableList<TopSources.Ranked> ranked) {
        CategoryAxis names = new CategoryAxis();
        NumberAxis dollars = new NumberAxis();
        dollars.setTickLabelFormatter(new NumberAxis.DefaultFormatter(dollars, "$", null));
        BarChart<String, Number> chart = new BarChart<>(names, dollars);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        ranked.addListener((ListChangeListener<TopSources.Ranked>) c -> {
            names.getCategories().setAll(ranked.stream().map(TopSources.Ranked::name).toList());
            // a chart needs doubles; the ranked money stays exact
            series.getData().setAll(ranked.stream().map(r -> new XYChart.Data<String, Number>(r.name(), r.revenue().doubleValue()))
                    .toList());
        });
        HBox.setHgrow(chart, Priority.ALWAYS);
        chart.setMinWidth(300);
        return chart;
    }

    private Node bestSource() {
        Label heading = new Label("Best source");
        heading.getStyleClass().add("figure-title");
        Label pair = new Label();
        pair.setId("sources-best");
        pair.getStyleClass().add("figure-value");
        pair.setWrapText(true);
        pair.textProperty().bind(model.bestSourceProperty());
        Label detail = new Label();
        detail.setId("sources-best-detail");
        detail.getStyleClass().add("figure-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(model.bestSourceDetailProperty());
        Label note = new Label("the platform → niche pair with the most deal revenue");
        note.getStyleClass().add("figure-detail");
        note.setWrapText(true);
        VBox card = new VBox(6, heading, pair, detail, note);
        card.getStyleClass().add("figure-card");
        card.setAlignment(Pos.TOP_LEFT);
        card.setMinWidth(220);
        card.setPrefWidth(240);
        card.setMaxWidth(260);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        VBox column = new VBox(card);
        column.setAlignment(Pos.CENTER);
        return column;
    }

    private Node attribution() {
        Label heading = new Label("Attribution by");
        heading.getStyleClass().add("section-title");
        ComboBox<AttributionDimension> chooser = new ComboBox<>();
        chooser.setId("sources-dimension");
        chooser.getItems().setAll(Arrays.asList(AttributionDimension.values()));
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttributionDimension d) {
                return d == null ? "" : d.label();
            }

            @Override
            public AttributionDimension fromString(String text) {
                return Arrays.stream(AttributionDimension.values()).filter(d -> d.label().equals(text)).findFirst().orElse(null);
            }
        });
        chooser.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(AttributionDimension item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        chooser.valueProperty().bindBidirectional(model.dimensionProperty());
        Label total = new Label();
        total.setId("sources-attribution-total");
        total.getStyleClass().add("hint");
        total.textProperty().bind(model.attributionTotalProperty());
        HBox bar = new HBox(10, heading, chooser);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label rule = new Label("Counts of click, signup, trial and purchase events · revenue = Σ purchases · "
                + "CPA = cost ÷ purchases · ROAS = revenue ÷ cost · n/a where there is nothing to divide by");
        rule.getStyleClass().add("hint");
        TableView<AttributionRow> table = attributionTable();
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox body = new HBox(14, table, attributionChart());
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox section = new VBox(4, bar, rule, total, body);
        VBox.setVgrow(section, Priority.ALWAYS);
        return section;
    }

    /** Revenue against cost for each value of the chosen dimension: ROAS at a glance. */
    private Node attributionChart() {
        CategoryAxis values = new CategoryAxis();
        NumberAxis dollars = new NumberAxis();
        dollars.setTickLabelFormatter(new NumberAxis.DefaultFormatter(dollars, "$", null));
        BarChart<Number, String> chart = new BarChart<>(dollars, values);
        chart.setId("sources-attribution-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setBarGap(1);
        chart.setCategoryGap(8);
        chart.titleProperty().bind(Bindings.createStringBinding(() -> "Revenue and cost by "
                + (model.dimensionProperty().get() == null ? "value" : model.dimensionProperty().get().label().toLowerCase(Locale.ROOT)),
                model.dimensionProperty()));
        XYChart.Series<Number, String> revenue = new XYChart.Series<>();
        revenue.setName("Revenue");
        XYChart.Series<Number, String> cost = new XYChart.Series<>();
        cost.setName("Cost");
        chart.getData().addAll(List.of(revenue, cost));
        model.attribution().addListener((ListChangeListener<AttributionRow>) c -> {
            // the best value on top; a chart needs doubles, the table keeps the exact money
            List<AttributionRow> rows = new ArrayList<>(model.attribution());
            Collections.reverse(rows);
            values.getCategories().setAll(rows.stream().map(SourcesViewModel::value).toList());
            revenue.getData().setAll(rows.stream()
                    .map(r -> new XYChart.Data<Number, String>(r.revenue().doubleValue(), SourcesViewModel.value(r)))
                    .toList());
            cost.getData().setAll(rows.stream()
                    .map(r -> new XYChart.Data<Number, String>(r.cost().doubleValue(), SourcesViewModel.value(r))).toList());
        });
        chart.setMinWidth(340);
        chart.setPrefWidth(400);
        chart.setMaxWidth(440);
        return chart;
    }

    private TableView<AttributionRow> attributionTable() {
        TableView<AttributionRow> table = new TableView<>();
        SortedList<AttributionRow> sorted = new SortedList<>(model.attribution());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("sources-attribution");
        table.getStyleClass().add("revenue-table");
        var valueColumn = TableColumns.text("Value", SourcesViewModel::value);
        valueColumn.textProperty().bind(Bindings.createStringBinding(
                () -> model.dimensionProperty().get() == null ? "Value" : model.dimensionProperty().get().label(), model.dimensionProperty()));
        table.getColumns().add(valueColumn);
        table.getColumns().add(Glossary.explain(TableColumns.count("Clicks", AttributionRow::clicks), "attribution.clicks"));
        table.getColumns().add(Glossary.explain(TableColumns.count("Signups", AttributionRow::signups), "attribution.signups"));
        table.getColumns().add(Glossary.explain(TableColumns.count("Trials", AttributionRow::trials), "attribution.trials"));
        table.getColumns().add(Glossary.explain(TableColumns.count("Purchases", AttributionRow::purchases), "attribution.purchases"));
        table.getColumns().add(Glossary.explain(TableColumns.money("Revenue", AttributionRow::revenue), "attribution.revenue"));
        table.getColumns().add(Glossary.explain(TableColumns.money("Cost", AttributionRow::cost), "attribution.cost"));
        table.getColumns().add(Glossary.explain(TableColumns.optionalMoney("CPA", AttributionRow::cpa), "attribution.cpa"));
        table.getColumns().add(Glossary.explain(TableColumns.times("ROAS", AttributionRow::roas), "attribution.roas"));
        TableColumns.share(table, new double[] {0.17, 0.1, 0.1, 0.08, 0.12, 0.12, 0.1, 0.1, 0.09});
        table.setPlaceholder(new Label("No attribution events in the last 90 days."));
        return TableExport.exportable(table, "attribution");
    }
}
