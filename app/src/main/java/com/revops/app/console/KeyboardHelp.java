package com.revops.app.console;

import java.util.ArrayList;
import java.util.List;

import com.revops.app.console.ui.Headings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The "?" overlay: every keyboard shortcut of the console in one card over the current screen.
 * Esc, "?" again or a click closes it. The list is built from the same {@link ScreenId} shortcuts the
 * menus use, so it cannot drift from them.
 */
final class KeyboardHelp {
    private final StackPane layer = new StackPane();

    KeyboardHelp(String shortcutKey) {
        layer.getStyleClass().add("keyboard-help-layer");
        layer.setId("keyboard-help");
        layer.setVisible(false);
        VBox card = new VBox(10, Headings.title("Keyboard shortcuts"), grid(shortcuts(shortcutKey)),
                Headings.hint("Esc or ? closes this"));
        card.getStyleClass().add("keyboard-help");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        layer.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        layer.setOnMouseClicked(e -> hide());
    }

    Node node() {
        return layer;
    }

    boolean showing() {
        return layer.isVisible();
    }

    void toggle() {
        layer.setVisible(!layer.isVisible());
    }

    void hide() {
        layer.setVisible(false);
    }

    /** Key → what it does, in the order the card lists them. */
    static List<String[]> shortcuts(String shortcutKey) {
        List<String[]> keys = new ArrayList<>();
        for (ScreenId id : ScreenId.values()) {
            id.shortcutDigit().ifPresent(d -> keys.add(new String[] {shortcutKey + "+" + d, id.title()}));
        }
        keys.add(new String[] {shortcutKey + "+L", "Log a deal"});
        keys.add(new String[] {shortcutKey + "+F", "Search on this screen"});
        keys.add(new String[] {shortcutKey + "+E", "Export the table on this screen to CSV"});
        keys.add(new String[] {shortcutKey + "+R", "Refresh this screen"});
        keys.add(new String[] {shortcutKey + "+Shift+D", "Light or dark theme"});
        keys.add(new String[] {shortcutKey + "+Q", "Quit"});
        keys.add(new String[] {"?  or  F1", "This list"});
        keys.add(new String[] {"j / k  or  ↓ / ↑", "Outreach queue: next / previous item (Shift extends the selection)"});
        keys.add(new String[] {"a · e · r · u", "Outreach queue: approve · edit · reject · undo"});
        keys.add(new String[] {"Esc", "Close the open contact, an edit, or this list"});
        keys.add(new String[] {"Right-click a column title", "Filter the table by that column's values (Contacts, Offers)"});
        keys.add(new String[] {"Click a tile's title or a ?", "What the figure counts, over which window, from which table"});
        return keys;
    }

    private static GridPane grid(List<String[]> keys) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(5);
        for (int row = 0; row < keys.size(); row++) {
            Label key = new Label(keys.get(row)[0]);
            key.getStyleClass().add("keyboard-key");
            grid.addRow(row, key, new Label(keys.get(row)[1]));
        }
        return grid;
    }
}
