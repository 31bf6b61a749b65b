package com.revops.app.console.forecast;

import java.math.BigDecimal;
import java.util.function.Function;

import com.revops.app.Formats;
import com.revops.app.console.ui.Glossary;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.ScreenStylesheet;
import com.revops.app.console.ui.Tiles;
import com.revops.domain.revenue.Forecast;
import com.revops.domain.revenue.ForecastOutcome;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Forecast screen: 30/60/90-day forecast and weighted pipeline, P(close) by stage, the accuracy history. */
public final class ForecastView {
    private static final double TILE_HEIGHT = 112;

    private final ForecastViewModel model;
    private final VBox root = new VBox();
    private final ForecastHistoryChart chart = new ForecastHistoryChart();

    public ForecastView(ForecastViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "forecast-screen");
        root.getStylesheets().add(ScreenStylesheet.of("revenue-screens"));
        root.setId("forecast-screen");
        Label title = Headings.title("Forecast");
        Label subtitle = Headings.subtitle("Open contacts × P(close), counted in a horizon when their expected remaining days fit in it");
        HBox tiles = new HBox(14,
                tile("Next 30 days", "forecast-tile-30", Forecast::forecast30, "expected to close within 30 days", "forecast.horizon"),
                tile("Next 60 days", "forecast-tile-60", Forecast::forecast60, "expected to close within 60 days", "forecast.horizon"),
                tile("Next 90 days", "forecast-tile-90", Forecast::forecast90, "expected to close within 90 days", "forecast.horizon"),
                tile("Weighted pipeline", "forecast-tile-weighted", Forecast::weightedPipeline, "every open contact × P(close)", "forecast.weighted"));
        HBox middle = new HBox(18, chartColumn(), sideColumn());
        VBox.setVgrow(middle, Priority.ALWAYS);
        VBox history = new VBox(4, Headings.section("Forecast history"), ForecastTables.history(model.outcomes()));
        VBox.setVgrow(history.getChildren().get(1), Priority.ALWAYS);
        history.setMinHeight(170);
        history.setPrefHeight(230);
        root.getChildren().addAll(new VBox(2, title, subtitle), tiles, middle, history);
    }

    private Node tile(String title, String id, Function<Forecast, BigDecimal> figure, String detail, String glossaryKey) {
        // our own heading: a TilesFX title shrinks with the tile's height
        Label heading = new Label(title);
        heading.getStyleClass().add("tile-heading");
        Label value = new Label("—");
        value.getStyleClass().addAll("tile-value", "money");
        value.textProperty().bind(Bindings.createStringBinding(() -> model.forecastProperty().get() == null ? "—"
                : Formats.money(figure.apply(model.forecastProperty().get())), model.forecastProperty()));
        Label note = new Label(detail);
        note.getStyleClass().add("tile-detail");
        VBox content = new VBox(4, heading, value, note);
        content.setAlignment(Pos.CENTER_LEFT);
        Region tile = Tiles.custom("", content);
        tile.setId(id);
        Glossary.explain(tile, glossaryKey);
        tile.setPrefHeight(TILE_HEIGHT);
        tile.setMinHeight(TILE_HEIGHT);
        tile.setMaxHeight(TILE_HEIGHT);
        HBox.setHgrow(tile, Priority.ALWAYS);
        return tile;
    }

    private Node chartColumn() {
        Node node = chart.node();
        VBox.setVgrow(node, Priority.ALWAYS);
        VBox column = new VBox(node);
        column.setMinHeight(260);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private Node sideColumn() {
        HBox figures = new HBox(10, figure("WAPE", "forecast-wape", model.wapeProperty(), "forecast.wape"),
                figure("Bias", "forecast-bias", model.biasProperty(), "forecast.bias"), figure("MAPE", "forecast-mape", model.mapeProperty(), "forecast.mape"));
        Label judged = Headings.hint("");
        judged.textProperty().bind(model.judgedProperty());
        Label words = new Label();
        words.setId("forecast-accuracy-words");
        words.getStyleClass().add("accuracy-words");
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        words.textProperty().bind(model.accuracyWordsProperty());
        VBox column = new VBox(6, Headings.section("How past forecasts fared"), judged, figures, words,
                Headings.section("P(close) by stage"), Headings.hint("P(s) = the blended rates multiplied from s through call booked"),
                ForecastTables.stages(model.stages()));
        column.setMinWidth(420);
        column.setPrefWidth(460);
        column.setMaxWidth(500);
        return column;
    }

    private static Node figure(String title, String id, ReadOnlyStringProperty value, String glossaryKey) {
        Label name = new Label(title);
        name.getStyleClass().add("figure-title");
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("figure-value");
        number.textProperty().bind(value);
        VBox box = new VBox(2, name, number);
        box.getStyleClass().add("figure-card");
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return Glossary.explain(box, glossaryKey);
    }

    private void initListeners() {
        model.outcomes().addListener((ListChangeListener<ForecastOutcome>) c -> chart.show(model.outcomes()));
    }
}
