package com.revops.app.console.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.revops.app.Formats;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * Table columns that hold the value (so sorting and CSV export use it) and show it formatted:
 * times in the operator's zone, money to cents, rates as percentages. Absent values show "—".
 */
public final class TableColumns {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.US);

    private TableColumns() {
    }

    /** Text; a long value also shows whole in a tooltip when the column is too narrow for it. */
    public static <S> TableColumn<S, String> text(String title, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 24 ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return column;
    }

    public static <S> TableColumn<S, Instant> time(String title, Function<S, Optional<Instant>> value, Supplier<ZoneId> zone) {
        return formatted(title, s -> value.apply(s).orElse(null), t -> SHORT.format(t.atZone(zone.get())), "time");
    }

    public static <S> TableColumn<S, BigDecimal> money(String title, Function<S, Optional<BigDecimal>> value) {
        return formatted(title, s -> value.apply(s).orElse(null), Formats::money, "money");
    }

    public static <S> TableColumn<S, BigDecimal> percent(String title, Function<S, Optional<BigDecimal>> value) {
        return formatted(title, s -> value.apply(s).orElse(null), Formats::percent, "number");
    }

    public static <S> TableColumn<S, BigDecimal> decimal(String title, Function<S, Optional<BigDecimal>> value, int scale) {
        return formatted(title, s -> value.apply(s).orElse(null),
                v -> v.setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString(), "number");
    }

    public static <S> TableColumn<S, Long> count(String title, Function<S, Long> value) {
        return formatted(title, value, v -> String.format(Locale.US, "%,d", v), "number");
    }

    /** Gives the column this width and never less, so a constrained table does not clip it. */
    public static <S, T> TableColumn<S, T> sized(TableColumn<S, T> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        return column;
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
}
