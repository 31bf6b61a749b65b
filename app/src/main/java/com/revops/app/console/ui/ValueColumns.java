package com.revops.app.console.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.revops.app.Formats;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Table columns for the console's numbers: shown formatted (money to cents, counts with thousands
 * separators, rates as percentages, "n/a" where undefined), right-aligned, and sorted by the number.
 */
public final class ValueColumns {
    private ValueColumns() {
    }

    public static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    public static <S> TableColumn<S, ShownValue> money(String title, Function<S, BigDecimal> value) {
        return shown(title, "money", row -> {
            BigDecimal amount = value.apply(row);
            return ShownValue.of(amount, Formats.money(amount));
        });
    }

    /** Money that may be undefined ("n/a"), e.g. cost per acquisition without an acquisition. */
    public static <S> TableColumn<S, ShownValue> optionalMoney(String title, Function<S, Optional<BigDecimal>> value) {
        return shown(title, "money", row -> value.apply(row).map(v -> ShownValue.of(v, Formats.money(v)))
                .orElse(ShownValue.missing("n/a")));
    }

    public static <S> TableColumn<S, ShownValue> count(String title, ToLongFunction<S> value) {
        return shown(title, "number", row -> {
            long n = value.applyAsLong(row);
            return ShownValue.of(n, NumberFormat.getIntegerInstance(Locale.US).format(n));
        });
    }

    /** A rate (0.25) shown as "25.0%", or "n/a". */
    public static <S> TableColumn<S, ShownValue> percent(String title, Function<S, Optional<BigDecimal>> value) {
        return shown(title, "number", row -> value.apply(row).map(v -> ShownValue.of(v, Formats.percent(v)))
                .orElse(ShownValue.missing("n/a")));
    }

    /** A ratio (4.95) shown as "5.0×", or "n/a". */
    public static <S> TableColumn<S, ShownValue> times(String title, Function<S, Optional<BigDecimal>> value) {
        return shown(title, "number", row -> {
            Optional<BigDecimal> ratio = value.apply(row);
            return ratio.map(v -> ShownValue.of(v, Formats.times(ratio))).orElse(ShownValue.missing("n/a"));
        });
    }

    /** Days with one decimal, or "n/a". */
    public static <S> TableColumn<S, ShownValue> days(String title, Function<S, Optional<BigDecimal>> value) {
        return shown(title, "number", row -> value.apply(row).map(v -> ShownValue.of(v, Formats.days(v)))
                .orElse(ShownValue.missing("n/a")));
    }

    public static <S> TableColumn<S, ShownValue> shown(String title, String styleClass, Function<S, ShownValue> value) {
        TableColumn<S, ShownValue> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getStyleClass().add(styleClass);
        return column;
    }

    /** Columns fill the table's width, shared in these proportions at first (the operator may resize them). */
    public static void share(TableView<?> table, double[] shares) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        for (int i = 0; i < shares.length && i < table.getColumns().size(); i++) {
            table.getColumns().get(i).setPrefWidth(shares[i] * 1000);
        }
    }

    /** Sizes a short table to show exactly {@code rows} rows without a scroll bar. */
    public static void fitRows(TableView<?> table, int rows) {
        double cell = 28;
        table.setFixedCellSize(cell);
        double height = cell * rows + 46; // the header row of the theme is taller than a cell
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
    }
}
