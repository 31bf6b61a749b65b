package com.revops.app.console.ui;

import java.util.List;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to their content: each column as wide as its title or its widest cell
 * text among the first {@value #SAMPLE} rows, whichever is wider, within [min, max]. What does not
 * fit the table scrolls sideways instead of being cut to "Considerat…".
 */
public final class ColumnFit {
    static final int SAMPLE = 300;
    private static final double PADDING = 26; // cell padding + the sort arrow's room in the header
    private static final double MAX = 320;

    private ColumnFit() {
    }

    /** Fits now and whenever the rows change. */
    public static <S> void fitToContent(TableView<S> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getItems().addListener((javafx.collections.ListChangeListener<S>) c -> fit(table));
        fit(table);
    }

    public static <S> void fit(TableView<S> table) {
        Font header = fontOf(table, ".column-header .label");
        Font cell = fontOf(table, ".table-cell");
        List<S> rows = table.getItems().subList(0, Math.min(SAMPLE, table.getItems().size()));
        for (TableColumn<S, ?> column : table.getColumns()) {
            double width = textWidth(column.getText(), header);
            for (S row : rows) {
                Object value = column.getCellObservableValue(row) == null ? null : column.getCellObservableValue(row).getValue();
                if (value != null) {
                    width = Math.max(width, textWidth(String.valueOf(value), cell));
                }
            }
            column.setPrefWidth(Math.min(MAX, Math.max(column.getMinWidth(), Math.ceil(width + PADDING))));
        }
    }

    /** The font the table's CSS gave its headers or cells (the default font before the table is shown). */
    private static Font fontOf(TableView<?> table, String selector) {
        return table.lookup(selector) instanceof Labeled labeled ? labeled.getFont() : Font.getDefault();
    }

    private static double textWidth(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
