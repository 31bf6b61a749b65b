package com.revops.app.console.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The labels that structure a screen, made one way. Every screen starts with its title and, under it,
 * a subtitle — a fixed explanation or a line the model keeps up to date (the period shown, a summary);
 * subtitles wrap rather than cut off on a narrow window. Sections have a heading; hints explain in
 * small print. Styles: {@code .screen-title}, {@code .screen-subtitle}, {@code .section-title},
 * {@code .hint} in theme.css.
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

    /** A section's heading within a screen. */
    public static Label section(String text) {
        Label section = new Label(text);
        section.getStyleClass().add("section-title");
        return section;
    }

    /** A small explanation; wraps, and is never squeezed below the height its lines need. */
    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }
}
