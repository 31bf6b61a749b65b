package com.revops.app.console.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.revops.app.Formats;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * Table columns that keep the value and show it formatted: sorting compares the value (money,
 * counts, rates), never the text; numbers are right-aligned (style class {@code money}/{@code number}).
 */
public final class Columns {
    private static final double ROW_HEIGHT = 34;
    /** The header row and the table's borders. */
    private static final double HEADER_HEIGHT = 48;
    private Columns() {
    }

    /** Text; a cell too narrow for it shows the whole text as a tooltip. */
    public static <S> TableColumn<S, String> text(String heading, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(heading);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** Makes the table as tall as its rows (at least {@code minRows}): no blank rows below, no scroll bar for a short list. */
    public static void fitRows(javafx.scene.control.TableView<?> table, int minRows) {
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.max(minRows, javafx.beans.binding.Bindings.size(table.getItems()))
                .multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.maxHeightProperty().bind(table.prefHeightProperty());
    }

    /** Sets the columns' preferred widths, in order: a constrained table scales them to its width, keeping the proportions. */
    public static <S> void widths(javafx.scene.control.TableView<S> table, double... widths) {
        for (int i = 0; i < widths.length && i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
    }

    public static <S> TableColumn<S, BigDecimal> money(String heading, Function<S, BigDecimal> value) {
        TableColumn<S, BigDecimal> column = new TableColumn<>(heading);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> cell(Formats::money));
        column.getStyleClass().add("money");
        return column;
    }

    /** A count; negative values are "not applicable" and shown empty. */
    public static <S> TableColumn<S, Long> count(String heading, ToLongFunction<S> value) {
        TableColumn<S, Long> column = new TableColumn<>(heading);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue())));
        column.setCellFactory(c -> cell(n -> n < 0 ? "" : String.format(Locale.US, "%,d", n)));
        column.getStyleClass().add("number");
        return column;
    }

    /**
     * An optional number shown with {@code format}, "n/a" when absent. The cell value is a {@link Shown}:
     * it sorts by the number (absent first) and exports as the text shown.
     */
    public static <S> TableColumn<S, Shown> optional(String heading, Function<S, Optional<BigDecimal>> value,
                                                     Function<BigDecimal, String> format) {
        TableColumn<S, Shown> column = new TableColumn<>(heading);
        column.setCellValueFactory(c -> {
            Optional<BigDecimal> number = value.apply(c.getValue());
            return new ReadOnlyObjectWrapper<>(new Shown(number, number.map(format).orElse("n/a")));
        });
        column.setCellFactory(c -> cell(Shown::text));
        column.getStyleClass().add("number");
        return column;
    }

    /** A number and its text: compared by the number, written (and exported) as the text. */
    public record Shown(Optional<BigDecimal> value, String text) implements Comparable<Shown> {
        private static final Comparator<Shown> ORDER = Comparator.comparing(s -> s.value().orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(Shown other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static <S, T> TableCell<S, T> cell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        };
    }
}
