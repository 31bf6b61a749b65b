package com.revops.app.console.ui;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Two parts side by side when the pane is at least {@code wideFrom} pixels wide, one above the other when it is
 * narrower, so that neither has its columns cut on a smaller window (the Offers screen at 1440 px).
 */
public final class SideBySide {
    private final StackPane pane = new StackPane();
    private final HBox wide;
    private final VBox narrow;
    private final Node first;
    private final Node second;
    private final double wideFrom;

    public SideBySide(Node first, Node second, double gap, double wideFrom) {
        this.first = first;
        this.second = second;
        this.wideFrom = wideFrom;
        this.wide = new HBox(gap);
        this.narrow = new VBox(gap * 2 / 3);
        HBox.setHgrow(first, Priority.ALWAYS);
        HBox.setHgrow(second, Priority.SOMETIMES);
        pane.widthProperty().addListener((o, was, width) -> arrange(width.doubleValue()));
        arrange(0);
    }

    public Node node() {
        return pane;
    }

    /** True while the two parts stand side by side. */
    public boolean sideBySide() {
        return !wide.getChildren().isEmpty();
    }

    private void arrange(double width) {
        Pane target = width >= wideFrom ? wide : narrow;
        if (!target.getChildren().isEmpty()) {
            return;
        }
        wide.getChildren().clear();
        narrow.getChildren().clear();
        target.getChildren().setAll(first, second);
        pane.getChildren().setAll(target);
    }
}
