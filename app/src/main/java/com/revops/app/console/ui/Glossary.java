package com.revops.app.console.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.controlsfx.control.PopOver;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * What each figure means, in one place: {@code glossary.properties} in the assets (the same entries as
 * docs/metrics.md, which {@code GlossaryTest} holds to it). A dashboard tile, a figure's label or a table column
 * names its glossary key; a click on the tile's title, the label, or the "?" in the column's header opens a
 * ControlsFX {@link PopOver} with the definition — what it counts, over which window, from which table.
 */
public final class Glossary {
    static final String RESOURCE = "/com/revops/assets/glossary.properties";
    /** A tile's heading label, under this key in the tile's properties ({@link Tiles#custom}). */
    static final String HEADING = "revops.tile-heading";
    private static final String KEY = "revops.glossary";
    private static final Properties ENTRIES = load();
    private static PopOver open;

    private Glossary() {
    }

    /** The entry of {@code key}, if the glossary has one. */
    public static Optional<Entry> entry(String key) {
        String name = ENTRIES.getProperty(key + ".name");
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new Entry(key, name, ENTRIES.getProperty(key + ".counts", ""), ENTRIES.getProperty(key + ".window", ""),
                ENTRIES.getProperty(key + ".source", "")));
    }

    /** Every key of the glossary. */
    public static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        ENTRIES.stringPropertyNames().forEach(p -> keys.add(p.substring(0, p.lastIndexOf('.'))));
        return keys;
    }

    /**
     * A click on the tile's title (or on {@code node} itself, a label or a tile without a title) opens the
     * definition of {@code key}; the click goes no further (a tile that opens a screen does not).
     */
    public static <N extends Node> N explain(N node, String key) {
        require(key);
        Node trigger = node.getProperties().get(HEADING) instanceof Label heading ? heading : node;
        trigger.getStyleClass().add("glossary-term");
        trigger.setCursor(Cursor.HAND);
        trigger.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            show(trigger, key);
            e.consume();
        });
        node.getProperties().put(KEY, key);
        trigger.getProperties().put(KEY, key);
        return node;
    }

    /** Puts a "?" in the column's header that opens the definition of {@code key} (a click on it does not sort). */
    public static <S, T> TableColumn<S, T> explain(TableColumn<S, T> column, String key) {
        require(key);
        Label mark = new Label("?");
        mark.getStyleClass().add("glossary-mark");
        mark.setId("glossary-" + key.replace('.', '-'));
        mark.setCursor(Cursor.HAND);
        mark.addEventHandler(MouseEvent.ANY, e -> {
            if (e.getEventType() == MouseEvent.MOUSE_CLICKED) {
                show(mark, key);
            }
            e.consume();
        });
        column.setGraphic(mark);
        // column filters show their icon in its place while the column is filtered, and clear it after: the mark returns
        column.graphicProperty().addListener((o, was, now) -> {
            if (now == null) {
                column.setGraphic(mark);
            }
        });
        column.getProperties().put(KEY, key);
        return column;
    }

    /** The glossary key a column or node was given, if any. */
    public static Optional<String> keyOf(Object owner) {
        Map<Object, Object> properties = owner instanceof TableColumnBase<?, ?> c ? c.getProperties()
                : owner instanceof Node n ? n.getProperties() : Map.of();
        return Optional.ofNullable((String) properties.get(KEY));
    }

    /** Opens the definition of {@code key} next to {@code owner}, closing one still open. */
    public static PopOver show(Node owner, String key) {
        if (open != null) {
            open.hide(javafx.util.Duration.ZERO);
        }
        PopOver popOver = new PopOver(content(require(key)));
        popOver.setTitle(require(key).name());
        popOver.setHeaderAlwaysVisible(true);
        popOver.setDetachable(false);
        popOver.setAnimated(false);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
        popOver.show(owner);
        open = popOver;
        return popOver;
    }

    static VBox content(Entry entry) {
        Label counts = new Label(entry.counts());
        counts.setWrapText(true);
        counts.setId("glossary-counts");
        Label window = new Label("Window: " + entry.window());
        window.setWrapText(true);
        Label source = new Label("Source: " + entry.source());
        source.setWrapText(true);
        source.getStyleClass().add("hint");
        VBox box = new VBox(6, counts, window, source);
        box.getStyleClass().add("glossary-popover");
        box.setPrefWidth(380);
        box.setMaxWidth(380);
        return box;
    }

    private static Entry require(String key) {
        // an unknown key fails while the screen is built, not silently
        return entry(key).orElseThrow(() -> new IllegalArgumentException("no glossary entry '" + key + "' in " + RESOURCE));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Glossary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the assets");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** One figure: its name, what it counts, its window and the tables it comes from. */
    public record Entry(String key, String name, String counts, String window, String source) {
        /** The whole definition as one text. */
        public String text() {
            return name + ": " + counts + "\nWindow: " + window + "\nSource: " + source;
        }
    }
}
