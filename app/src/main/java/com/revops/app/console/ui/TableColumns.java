package com.revops.app.console.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import com.revops.app.Formats;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The console's table columns, one way for every screen. Numbers are held as a {@link ShownValue}:
 * the column sorts by the number ("n/a" lowest), the cell and the CSV export show the formatted
 * text (money to cents, counts with separators, rates as percentages), right-aligned. Text columns
 * show the whole text as a tooltip when the column is too narrow for it.
 */
public final class TableColumns {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.US);
    private static final double ROW_HEIGHT = 34;
    /** The header row and the table's borders. */
    private static final double HEADER_HEIGHT = 48;

    private TableColumns() {
    }

    /** A text column whose cells wrap long text over as many lines as it needs (the row grows), never cutting it with "…". */
    public static <S> TableColumn<S, String> wrapped(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(14));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                getStyleClass().add("wrapped-cell");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }

    public static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
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

    public static <S> TableColumn<S, ShownValue> money(String title, Function<S, BigDecimal> value) {
        return shown(title, "money", row -> {
            BigDecimal amount = value.apply(row);
            return ShownValue.of(amount, Formats.moneyCents(amount));
        });
    }

    /** Money that may be undefined ("n/a"), e.g. cost per acquisition without an acquisition. */
    public static <S> TableColumn<S, ShownValue> optionalMoney(String title, Function<S, Optional<BigDecimal>> value) {
        return optional(title, value, Formats::moneyCents, "money");
    }

    /** A count with thousands separators; a negative count means "not applicable" and shows empty. */
    public static <S> TableColumn<S, ShownValue> count(String title, ToLongFunction<S> value) {
        return shown(title, "number", row -> {
            long n = value.applyAsLong(row);
            return n < 0 ? ShownValue.missing("") : ShownValue.of(n, NumberFormat.getIntegerInstance(Locale.US).format(n));
        });
    }

    /** A rate (0.25) shown as "25.0%", or "n/a". */
    public static <S> TableColumn<S, ShownValue> percent(String title, Function<S, Optional<BigDecimal>> value) {
        return optional(title, value, Formats::percent, "number");
    }

    /** A ratio (4.95) shown as "5.0×", or "n/a". */
    public static <S> TableColumn<S, ShownValue> times(String title, Function<S, Optional<BigDecimal>> value) {
        return optional(title, value, v -> Formats.times(Optional.of(v)), "number");
    }

    /** Days with one decimal, or "n/a". */
    public static <S> TableColumn<S, ShownValue> days(String title, Function<S, Optional<BigDecimal>> value) {
        return optional(title, value, Formats::days, "number");
    }

    public static <S> TableColumn<S, ShownValue> decimal(String title, Function<S, Optional<BigDecimal>> value, int scale) {
        return optional(title, value, v -> v.setScale(scale, RoundingMode.HALF_UP).toPlainString(), "number");
    }

    /** An optional number shown with {@code format}, "n/a" when absent. */
    public static <S> TableColumn<S, ShownValue> optional(String title, Function<S, Optional<BigDecimal>> value,
                                                          Function<BigDecimal, String> format) {
        return optional(title, value, format, "number");
    }

    private static <S> TableColumn<S, ShownValue> optional(String title, Function<S, Optional<BigDecimal>> value,
                                                           Function<BigDecimal, String> format, String styleClass) {
        return shown(title, styleClass, row -> value.apply(row).map(v -> ShownValue.of(v, format.apply(v)))
                .orElse(ShownValue.missing("n/a")));
    }

    public static <S> TableColumn<S, ShownValue> shown(String title, String styleClass, Function<S, ShownValue> value) {
        TableColumn<S, ShownValue> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ShownValue item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.getStyleClass().add(styleClass);
        return column;
    }

    /** A time in the operator's zone ("21 Nov 14:05"), sorted by the instant; absent shows "—". */
    public static <S> TableColumn<S, Instant> time(String title, Function<S, Optional<Instant>> value, Supplier<ZoneId> zone) {
        return formatted(title, s -> value.apply(s).orElse(null), t -> SHORT.format(t.atZone(zone.get())), "time");
    }

    /** A column of {@code T} values shown through {@code format}; null shows "—". */
    public static <S, T> TableColumn<S, T> formatted(String title, Function<S, T> value, Function<T, String> format, String styleClass) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "—" : format.apply(item));
            }
        });
        column.getStyleClass().add(styleClass);
        return column;
    }

    /** Gives the column this width and never less, so a constrained table does not clip it. */
    public static <S, T> TableColumn<S, T> sized(TableColumn<S, T> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        return column;
    }

    /** Sets the columns' preferred widths, in order: a constrained table scales them to its width. */
    public static <S> void widths(TableView<S> table, double... widths) {
        for (int i = 0; i < widths.length && i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
    }

    /** Columns fill the table's width, shared in these proportions at first (the operator may resize them). */
    public static void share(TableView<?> table, double[] shares) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (int i = 0; i < shares.length && i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setPrefWidth(shares[i] * 1000);
        }
    }

    /** Makes the table as tall as its rows (at least {@code minRows}): no blank rows below, no scroll bar for a short list. */
    public static void fitRows(TableView<?> table, int minRows) {
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.max(minRows, Bindings.size(table.getItems())).multiply(ROW_HEIGHT).add(HEADER_HEIGHT));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.maxHeightProperty().bind(table.prefHeightProperty());
    }

    /** Sizes a short table to show exactly {@code rows} rows without a scroll bar. */
    public static void fixedRows(TableView<?> table, int rows) {
        double cell = 28;
        table.setFixedCellSize(cell);
        double height = cell * rows + 46; // the theme's header row is taller than a cell
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }
}
