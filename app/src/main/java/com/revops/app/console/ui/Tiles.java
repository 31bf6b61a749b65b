package com.revops.app.console.ui;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** TilesFX tiles in the console's style: a title, a big value and one line of detail. */
public final class Tiles {
    public static final double WIDTH = 300;
    public static final double HEIGHT = 170;

    private Tiles() {
    }

    /** A tile showing {@code value} large with {@code detail} under it; both labels are returned bound-ready. */
    public static ValueTile value(String title, String styleClass) {
        Label value = new Label("—");
        value.getStyleClass().addAll("tile-value", styleClass);
        value.setWrapText(false);
        value.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label detail = new Label("");
        detail.getStyleClass().add("tile-detail");
        detail.setWrapText(true);
        VBox content = new VBox(6, value, detail);
        content.setAlignment(Pos.CENTER_LEFT);
        content.setPadding(new Insets(4, 0, 0, 0));
        Tile tile = custom(title, content);
        return new ValueTile(tile, value, detail);
    }

    /**
     * A value tile with a {@link Sparkline} of the figure's last daily snapshots under its detail line
     * (pipeline value, forecast and MTD revenue on the dashboard).
     */
    public static TrendTile valueWithTrend(String title, String styleClass) {
        ValueTile tile = value(title, styleClass);
        Sparkline trend = new Sparkline();
        ((VBox) tile.detail().getParent()).getChildren().add(trend);
        return new TrendTile(tile, trend);
    }

    /**
     * A tile around {@code graphic}. The title is a label of the tile's own (style class {@code tile-heading}) rather
     * than TilesFX's, whose font grows with the tile: so every tile, small or spanning four cells, has the same
     * readable heading.
     */
    public static Tile custom(String title, Node graphic) {
        Node content = graphic;
        Label heading = null;
        if (!title.isEmpty()) {
            heading = new Label(title);
            heading.getStyleClass().add("tile-heading");
            VBox box = new VBox(4, heading, graphic);
            VBox.setVgrow(graphic, javafx.scene.layout.Priority.ALWAYS);
            content = box;
        }
        Tile tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .prefSize(WIDTH, HEIGHT)
                .title("")
                .titleAlignment(javafx.scene.text.TextAlignment.LEFT)
                .graphic(content)
                .roundedCorners(true)
                .backgroundColor(javafx.scene.paint.Color.web("#1e293b"))
                .titleColor(javafx.scene.paint.Color.web("#94a3b8"))
                .foregroundBaseColor(javafx.scene.paint.Color.WHITE)
                .build();
        tile.getStyleClass().add("revops-tile");
        if (heading != null) {
            tile.getProperties().put(Glossary.HEADING, heading); // the title that opens the tile's definition
        }
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setMaxHeight(Double.MAX_VALUE);
        return tile;
    }

    /** A value tile and its sparkline. */
    public record TrendTile(ValueTile value, Sparkline trend) {
        public Tile tile() {
            return value.tile();
        }
    }

    /** A tile and its two labels. */
    public record ValueTile(Tile tile, Label value, Label detail) {
    }
}
