package com.revops.app.console.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.revops.app.Formats;
import com.revops.domain.common.Stage;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * A funnel of the open stages (JavaFX has none): one centred bar per stage, as wide as its share
 * of the largest stage, joined to the next by a band labelled with the step's conversion rate; the
 * stage's name on the left, its contacts and value on the right. Clicking a stage picks it.
 */
public final class FunnelChart extends Region {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double NAME_WIDTH = 118;
    private static final double FIGURES_WIDTH = 128;
    private static final double GAP = 26;
    private static final double MIN_ROW = 30;
    private static final double MIN_BAR = 6;

    /** One stage of the funnel; {@code rateToNext} labels the band down to the next stage. */
    public record Band(Stage stage, long contacts, BigDecimal value, Optional<BigDecimal> rateToNext) {
    }

    private final ObservableList<Band> bands = FXCollections.observableArrayList();
    private final ObjectProperty<Stage> selected = new SimpleObjectProperty<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Join> joins = new ArrayList<>();
    private Consumer<Stage> onPick = stage -> { };

    public FunnelChart() {
        getStyleClass().add("funnel-chart");
        setPadding(new Insets(8, 4, 8, 4));
        bands.addListener((ListChangeListener<Band>) c -> rebuild());
        selected.addListener((o, a, b) -> rows.forEach(r -> r.select(r.band.stage() == b)));
    }

    public ObservableList<Band> bands() {
        return bands;
    }

    public ObjectProperty<Stage> selectedProperty() {
        return selected;
    }

    public void setOnPick(Consumer<Stage> onPick) {
        this.onPick = onPick;
    }

    private void rebuild() {
        getChildren().clear();
        rows.clear();
        joins.clear();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (i > 0) {
                Join join = new Join(bands.get(i - 1).rateToNext());
                joins.add(join);
                getChildren().addAll(join.shape, join.rate);
            }
            Row row = new Row(band, i);
            rows.add(row);
            getChildren().addAll(row.hit, row.bar, row.name, row.count, row.value);
            row.select(band.stage() == selected.get());
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (rows.isEmpty()) {
            return;
        }
        Insets in = getInsets();
        double left = in.getLeft();
        double width = getWidth() - in.getLeft() - in.getRight();
        double n = rows.size();
        double rowHeight = Math.max(MIN_ROW, (getHeight() - in.getTop() - in.getBottom() - GAP * (n - 1)) / n);
        double zone = Math.max(40, width - NAME_WIDTH - FIGURES_WIDTH);
        double centre = left + NAME_WIDTH + zone / 2;
        long largest = Math.max(1, bands.stream().mapToLong(Band::contacts).max().orElse(1));
        double[] barWidths = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            long count = row.band.contacts();
            double w = count == 0 ? 2 : Math.max(MIN_BAR, zone * count / largest);
            barWidths[i] = w;
            double y = in.getTop() + i * (rowHeight + GAP);
            row.hit.resizeRelocate(left, y - 3, width, rowHeight + 6);
            row.bar.setX(centre - w / 2);
            row.bar.setY(y);
            row.bar.setWidth(w);
            row.bar.setHeight(rowHeight);
            row.name.resizeRelocate(left + 8, y, NAME_WIDTH - 12, rowHeight);
            double half = rowHeight / 2;
            double figuresX = left + width - FIGURES_WIDTH + 10;
            row.count.resizeRelocate(figuresX, y, FIGURES_WIDTH - 12, half);
            row.value.resizeRelocate(figuresX, y + half, FIGURES_WIDTH - 12, half);
            if (i > 0) {
                Join join = joins.get(i - 1);
                double top = y - GAP;
                join.shape.getPoints().setAll(centre - barWidths[i - 1] / 2, top, centre + barWidths[i - 1] / 2, top,
                        centre + w / 2, y, centre - w / 2, y);
                double rateWidth = join.rate.prefWidth(-1);
                join.rate.resizeRelocate(centre - rateWidth / 2, top, rateWidth, GAP);
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return NAME_WIDTH + FIGURES_WIDTH + 280 + getInsets().getLeft() + getInsets().getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        int n = Math.max(1, bands.size());
        return n * 44 + (n - 1) * GAP + getInsets().getTop() + getInsets().getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        int n = Math.max(1, bands.size());
        return n * MIN_ROW + (n - 1) * GAP + getInsets().getTop() + getInsets().getBottom();
    }

    /** The nodes of one stage. */
    private final class Row {
        final Band band;
        final Region hit = new Region();
        final Rectangle bar = new Rectangle();
        final Label name;
        final Label count;
        final Label value;

        Row(Band band, int index) {
            this.band = band;
            String code = band.stage().code();
            hit.getStyleClass().add("funnel-row");
            hit.setId("funnel-" + code);
            hit.setCursor(Cursor.HAND);
            hit.setOnMouseClicked(e -> onPick.accept(band.stage()));
            Tooltip.install(hit, new Tooltip(band.stage().label() + ": " + band.contacts() + " contacts, "
                    + Formats.money(band.value()) + " potential. Click to list them."));
            bar.getStyleClass().addAll("funnel-bar", "funnel-bar-" + index);
            bar.setArcWidth(8);
            bar.setArcHeight(8);
            bar.setMouseTransparent(true);
            name = label(band.stage().label(), "funnel-stage", Pos.CENTER_LEFT);
            count = label(band.contacts() + (band.contacts() == 1 ? " contact" : " contacts"), "funnel-count", Pos.BOTTOM_LEFT);
            count.setId("funnel-count-" + code);
            value = label(Formats.money(band.value()), "funnel-value", Pos.TOP_LEFT);
            value.setId("funnel-value-" + code);
        }

        void select(boolean on) {
            hit.pseudoClassStateChanged(SELECTED, on);
            bar.pseudoClassStateChanged(SELECTED, on);
        }
    }

    /** The band from one stage down to the next, with the step's rate. */
    private static final class Join {
        final Polygon shape = new Polygon();
        final Label rate;

        Join(Optional<BigDecimal> rateToNext) {
            shape.getStyleClass().add("funnel-join");
            shape.setMouseTransparent(true);
            rate = label(rateToNext.map(r -> "↓ " + Formats.percent(r)).orElse(""), "funnel-rate", Pos.CENTER);
        }
    }

    private static Label label(String text, String styleClass, Pos alignment) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setAlignment(alignment);
        label.setMouseTransparent(true);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
