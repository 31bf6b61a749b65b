package com.revops.app.console.funnel;

import java.util.Locale;

import com.revops.app.Formats;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The funnel steps as a bullet chart: per step a track with its target band shaded and a bar up to
 * the observed rate, colored below (red), within (green) or above (blue) the band. Each row has its
 * own scale (0 to 1.5 × the band's top, or further when the rate is higher): 3% and 40% share no axis.
 */
final class StepBandChart {
    private final GridPane grid = new GridPane();

    StepBandChart(ObservableList<FunnelViewModel.StepLine> steps) {
        grid.setId("funnel-steps");
        grid.getStyleClass().add("step-band-chart");
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints name = new ColumnConstraints(190);
        ColumnConstraints track = new ColumnConstraints(160, 400, Double.MAX_VALUE);
        track.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints(210);
        grid.getColumnConstraints().addAll(name, track, value);
        steps.addListener((ListChangeListener<FunnelViewModel.StepLine>) c -> fill(steps));
        fill(steps);
    }

    GridPane node() {
        return grid;
    }

    private void fill(ObservableList<FunnelViewModel.StepLine> steps) {
        grid.getChildren().clear();
        int row = 0;
        for (FunnelViewModel.StepLine step : steps) {
            Label name = new Label(step.step().label());
            name.getStyleClass().add("step-name");
            Label volumes = new Label(step.volumes());
            volumes.getStyleClass().add("hint");
            grid.add(new VBox(2, name, volumes), 0, row);
            grid.add(track(step), 1, row);
            Label rate = new Label(step.rate().map(Formats::percent).orElse("n/a") + " · target " + step.target());
            rate.getStyleClass().add("step-rate");
            Label verdict = new Label(step.verdict().toUpperCase(Locale.ROOT));
            verdict.getStyleClass().addAll("verdict-badge", step.verdict());
            VBox right = new VBox(3, rate, verdict);
            right.setAlignment(Pos.CENTER_LEFT);
            right.setId("funnel-step-" + step.step().code());
            grid.add(right, 2, row);
            row++;
        }
    }

    private static Pane track(FunnelViewModel.StepLine step) {
        double low = step.step().low().doubleValue();
        double high = step.step().high().doubleValue();
        double rate = step.rate().map(java.math.BigDecimal::doubleValue).orElse(0.0); // a chart needs a double
        double scale = Math.max(Math.min(1.0, high * 1.5), rate * 1.1);
        Pane track = new Pane();
        track.getStyleClass().add("step-track");
        track.setPrefHeight(30);
        track.setMinHeight(30);
        Region band = new Region();
        band.getStyleClass().add("step-band");
        Region bar = new Region();
        bar.getStyleClass().addAll("step-bar", step.verdict());
        band.setManaged(false);
        bar.setManaged(false);
        track.getChildren().addAll(band, bar);
        track.widthProperty().addListener((o, was, width) -> place(width.doubleValue(), band, bar, low / scale, high / scale, rate / scale));
        place(track.getWidth(), band, bar, low / scale, high / scale, rate / scale);
        return track;
    }

    private static void place(double width, Region band, Region bar, double low, double high, double rate) {
        band.resizeRelocate(width * low, 0, width * (high - low), 30);
        bar.resizeRelocate(0, 9, width * Math.min(1, rate), 12);
    }
}
