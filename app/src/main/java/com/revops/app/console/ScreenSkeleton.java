package com.revops.app.console;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What a screen looks like before its data can be asked for (the database still starting): its title, grey
 * blocks where its tiles and table will be, and a progress indicator with the database's state — so the
 * window is never blank at start (issue 15 point 4). The real screen replaces it once the database is up.
 */
final class ScreenSkeleton {
    static final String STYLE_CLASS = "screen-skeleton";

    private ScreenSkeleton() {
    }

    static Node of(ScreenId id, ObservableStringValue databaseState) {
        Label title = new Label(id.title());
        title.getStyleClass().add("skeleton-title");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label state = new Label();
        state.textProperty().bind(databaseState);
        state.getStyleClass().add("skeleton-state");
        HBox heading = new HBox(12, title, spinner, state);
        heading.setAlignment(Pos.CENTER_LEFT);
        GridPane blocks = new GridPane();
        blocks.setHgap(14);
        blocks.setVgap(14);
        for (int column = 0; column < 4; column++) {
            blocks.add(block(90), column, 0);
        }
        Region table = block(320);
        blocks.add(table, 0, 1, 4, 1);
        for (int column = 0; column < 4; column++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(25);
            blocks.getColumnConstraints().add(c);
        }
        VBox box = new VBox(18, heading, blocks);
        VBox.setVgrow(blocks, Priority.ALWAYS);
        box.setPadding(new Insets(18));
        box.getStyleClass().add(STYLE_CLASS);
        box.setId("skeleton-" + id.name().toLowerCase(java.util.Locale.ROOT));
        return box;
    }

    private static Region block(double height) {
        Region block = new Region();
        block.getStyleClass().add("skeleton-block");
        block.setMinHeight(height);
        block.setPrefHeight(height);
        block.setMaxWidth(Double.MAX_VALUE);
        block.setStyle("-fx-background-color: derive(-color-bg-subtle, -4%); -fx-background-radius: 8;");
        return block;
    }
}
