package com.revops.app.console.ui;

import java.util.List;

import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.layout.Region;

/**
 * A tile's sparkline (SPEC §6): one figure over the last daily snapshots, oldest left, today's right, scaled
 * between its own lowest and highest value (a trend line, not an axis: the tile's big number is the figure).
 * Fewer than two points draw nothing; a flat series draws a level line in the middle.
 */
public final class Sparkline extends Region {
    public static final String STYLE_CLASS = "sparkline";
    private final Polyline line = new Polyline();
    private final Circle last = new Circle(2.5);
    private List<Double> values = List.of();

    public Sparkline() {
        getStyleClass().add(STYLE_CLASS);
        line.getStyleClass().add("sparkline-line");
        last.getStyleClass().add("sparkline-last");
        line.setManaged(false);
        last.setManaged(false);
        getChildren().addAll(line, last);
        setMinHeight(24);
        setPrefHeight(28);
        setMaxHeight(28);
    }

    /** Shows {@code points}, oldest first. */
    public void show(List<Double> points) {
        values = List.copyOf(points);
        requestLayout();
    }

    public List<Double> values() {
        return values;
    }

    @Override
    protected void layoutChildren() {
        line.getPoints().clear();
        boolean drawn = values.size() >= 2;
        line.setVisible(drawn);
        last.setVisible(drawn);
        if (!drawn) {
            return;
        }
        double w = getWidth() - snappedLeftInset() - snappedRightInset() - 4;
        double h = getHeight() - snappedTopInset() - snappedBottomInset() - 4;
        double x0 = snappedLeftInset() + 2;
        double y0 = snappedTopInset() + 2;
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double range = max - min;
        double x = 0;
        double y = 0;
        for (int i = 0; i < values.size(); i++) {
            x = x0 + w * i / (values.size() - 1);
            y = range == 0 ? y0 + h / 2 : y0 + h * (1 - (values.get(i) - min) / range);
            line.getPoints().addAll(x, y);
        }
        last.setCenterX(x);
        last.setCenterY(y);
    }
}
