package com.revops.app.console.forecast;

import java.math.BigDecimal;
import java.util.function.Function;

import com.revops.app.Formats;
import com.revops.app.console.Navigator;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.ScreenStylesheet;
import com.revops.app.console.ui.Tiles;
import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.ForecastWords;
import com.revops.domain.revenue.ForecastOutcome;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Forecast screen: the hazard forecast for 30/60/90 days with its likely range, recurring revenue and the weighted
 * pipeline; the fan chart; the three methods with their accuracy (the best marked); what each stage and age adds;
 * the contacts most likely to close and the 30-day forecast history.
 */
public final class ForecastView {
    private static final double TILE_HEIGHT = 104;

    private final ForecastViewModel model;
    private final VBox root = new VBox(10);
    private final ForecastFanChart fan = new ForecastFanChart();
    private final ContributionChart contributions = new ContributionChart();
    private final ForecastHistoryChart history = new ForecastHistoryChart();

    private final SlippedPane slipped;

    public ForecastView(ForecastViewModel model, Navigator navigator) {
        this.model = model;
        this.slipped = new SlippedPane(model, navigator);
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "forecast-screen");
        root.getStylesheets().addAll(ScreenStylesheet.of("revenue-screens"), ScreenStylesheet.of("forecast"));
        root.setId("forecast-screen");
        Label title = Headings.title("Forecast");
        Label subtitle = Headings.subtitle("Deal revenue expected to arrive: each open contact's chance to close by its stage and days in it, "
                + "plus the leads that will arrive; likely = P10–P90");
        HBox tiles = new HBox(12,
                horizon(30), horizon(60), horizon(90),
                tile("Recurring, 30 days", "forecast-tile-recurring", f -> f.recurring().d30(),
                        f -> "with deals: " + Formats.money(f.total(30))),
                tile("Weighted pipeline", "forecast-tile-weighted", Forecast::weightedPipeline, f -> "PRD-046, no horizon"));
        Label leads = Headings.hint("");
        leads.setId("forecast-new-leads");
        leads.textProperty().bind(model.newLeadsProperty());
        Label calls = Headings.hint("");
        calls.setId("forecast-with-calls");
        calls.textProperty().bind(Bindings.createStringBinding(() -> model.withCallsProperty().get() == null
                || model.forecastProperty().get() == null ? ""
                : ForecastViewModel.withCallsLine(model.forecastProperty().get(), model.withCallsProperty().get()), model.withCallsProperty(),
                model.forecastProperty()));
        Node fanNode = fan.node();
        HBox.setHgrow(fanNode, Priority.ALWAYS);
        HBox middle = new HBox(16, fanNode, methodsColumn());
        middle.setMinHeight(300);
        middle.setPrefHeight(320);
        Node parts = contributions.node();
        HBox.setHgrow(parts, Priority.ALWAYS);
        Tab slippedTab = new Tab("Slipped", slipped.node());
        slippedTab.setId("forecast-tab-slipped");
        slippedTab.textProperty().bind(model.slippedCountProperty().asString("Slipped (%d)"));
        TabPane tabs = new TabPane(new Tab("Most likely to close", ForecastTables.contacts(model)), slippedTab,
                new Tab("30-day forecast history", history.node()));
        tabs.setId("forecast-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(520);
        tabs.setPrefWidth(560);
        HBox bottom = new HBox(16, parts, tabs);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        bottom.setMinHeight(260);
        root.getChildren().addAll(new VBox(2, title, subtitle), tiles, leads, calls, middle, bottom);
    }

    private Node horizon(int days) {
        return tile("Next " + days + " days", "forecast-tile-" + days, f -> f.hazard().at(days),
                f -> f.range().map(r -> "likely " + ForecastWords.range(r.at(days))).orElse("no range"));
    }

    private Node tile(String title, String id, Function<Forecast, BigDecimal> figure, Function<Forecast, String> detail) {
        // our own heading: a TilesFX title shrinks with the tile's height
        Label heading = new Label(title);
        heading.getStyleClass().add("tile-heading");
        Label value = new Label("—");
        value.getStyleClass().addAll("tile-value", "money");
        value.textProperty().bind(Bindings.createStringBinding(() -> model.forecastProperty().get() == null ? "—"
                : Formats.money(figure.apply(model.forecastProperty().get())), model.forecastProperty()));
        Label note = new Label("");
        note.getStyleClass().add("tile-detail");
        note.textProperty().bind(Bindings.createStringBinding(() -> model.forecastProperty().get() == null ? ""
                : detail.apply(model.forecastProperty().get()), model.forecastProperty()));
        VBox content = new VBox(4, heading, value, note);
        content.setAlignment(Pos.CENTER_LEFT);
        Region tile = Tiles.custom("", content);
        tile.setId(id);
        tile.setPrefHeight(TILE_HEIGHT);
        tile.setMinHeight(TILE_HEIGHT);
        tile.setMaxHeight(TILE_HEIGHT);
        HBox.setHgrow(tile, Priority.ALWAYS);
        return tile;
    }

    private Node methodsColumn() {
        Label verdict = new Label();
        verdict.setId("forecast-verdict");
        verdict.getStyleClass().add("accuracy-words");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        verdict.textProperty().bind(model.verdictProperty());
        VBox column = new VBox(6, Headings.section("Three methods and your calls, and how their 30-day forecasts fared"),
                Headings.hint("Judged against the deal revenue that closed in the 30 days after each daily snapshot"),
                ForecastTables.methods(model.methods()), verdict);
        column.setMinWidth(560);
        column.setPrefWidth(600);
        column.setMaxWidth(640);
        return column;
    }

    private void initListeners() {
        model.forecastProperty().addListener((obs, old, f) -> {
            if (f != null) {
                fan.show(f);
                contributions.show(f, model.contributions());
            }
        });
        model.contributions().addListener((ListChangeListener<Object>) c -> {
            if (model.forecastProperty().get() != null) {
                contributions.show(model.forecastProperty().get(), model.contributions());
            }
        });
        model.outcomes().addListener((ListChangeListener<ForecastOutcome>) c -> history.show(model.outcomes()));
    }
}
