package com.revops.app.console.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * A name and its value on one row of a grid ("Stage  Decision"), as the contact detail and the outreach
 * recipient card show a contact. Styles {@code .fact-name} and {@code .fact-value} come from the screen's
 * stylesheet; the value wraps.
 */
public final class Facts {
    private Facts() {
    }

    public static void row(GridPane grid, int row, String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add("fact-name");
        Label val = new Label(value);
        val.getStyleClass().add("fact-value");
        val.setWrapText(true);
        grid.addRow(row, key, val);
    }
}
