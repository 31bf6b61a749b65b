package com.revops.app.console.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.util.Duration;

/**
 * What each figure means, in one place: {@code glossary.properties} in the assets (the same entries as
 * docs/metrics.md). A dashboard tile or a table column names its glossary key; the operator gets the
 * definition — what it counts, over which window, from which table — as a tooltip.
 */
public final class Glossary {
    static final String RESOURCE = "/com/revops/assets/glossary.properties";
    private static final String KEY = "revops.glossary";
    private static final Properties ENTRIES = load();

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
    public static java.util.Set<String> keys() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        ENTRIES.stringPropertyNames().forEach(p -> keys.add(p.substring(0, p.lastIndexOf('.'))));
        return keys;
    }

    /** Gives a tile (or any node) the tooltip of {@code key}. */
    public static <N extends Node> N explain(N node, String key) {
        Tooltip.install(node, tooltip(key));
        node.getProperties().put(KEY, key);
        return node;
    }

    /** Names the column's glossary key; {@link #headerTooltips} shows it on the header. */
    public static <S, T> TableColumn<S, T> explain(TableColumn<S, T> column, String key) {
        tooltip(key); // an unknown key fails here, while the screen is built, not silently
        column.getProperties().put(KEY, key);
        return column;
    }

    /** The glossary key a column or node was given, if any. */
    public static Optional<String> keyOf(Object owner) {
        java.util.Map<Object, Object> properties = owner instanceof TableColumnBase<?, ?> c ? c.getProperties()
                : owner instanceof Node n ? n.getProperties() : java.util.Map.of();
        return Optional.ofNullable((String) properties.get(KEY));
    }

    /** Shows each explained column's definition as a tooltip on its header, now and whenever the headers are rebuilt. */
    public static <S> TableView<S> headerTooltips(TableView<S> table) {
        Runnable install = () -> table.lookupAll(".column-header").forEach(node -> {
            if (node instanceof TableColumnHeader header && !header.getProperties().containsKey(KEY)) {
                keyOf(header.getTableColumn()).ifPresent(key -> {
                    Tooltip.install(header, tooltip(key));
                    header.getProperties().put(KEY, key);
                });
            }
        });
        table.skinProperty().addListener((o, a, skin) -> table.needsLayoutProperty().addListener((p, was, needs) -> {
            if (!needs) {
                install.run();
            }
        }));
        table.getColumns().addListener((ListChangeListener<TableColumn<S, ?>>) c -> install.run());
        return table;
    }

    static Tooltip tooltip(String key) {
        Entry entry = entry(key).orElseThrow(() -> new IllegalArgumentException("no glossary entry '" + key + "' in " + RESOURCE));
        Tooltip tooltip = new Tooltip(entry.text());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
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
        /** The tooltip text. */
        public String text() {
            return name + ": " + counts + "\nWindow: " + window + "\nSource: " + source;
        }
    }
}
