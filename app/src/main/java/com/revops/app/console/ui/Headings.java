package com.revops.app.console.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * The heading every screen starts with: the screen's title, and under it a subtitle — a fixed
 * explanation or a line the model keeps up to date (the period shown, a summary). Subtitles wrap
 * rather than cut off on a narrow window. Styles: {@code .screen-title}, {@code .screen-subtitle} in theme.css.
 */
public final class Headings {
    private Headings() {
    }

    public static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("screen-title");
        return title;
    }

    public static Label subtitle(String text) {
        Label subtitle = new Label(text);
        subtitle.getStyleClass().add("screen-subtitle");
        subtitle.setWrapText(true);
        return subtitle;
    }

    public static Label subtitle(ObservableValue<String> text) {
        Label subtitle = subtitle((String) null);
        subtitle.textProperty().bind(text);
        return subtitle;
    }
}
