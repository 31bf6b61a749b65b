package com.revops.app.console.ui;

import java.util.Optional;

import org.controlsfx.control.table.TableFilter;

import javafx.scene.control.TableView;

/**
 * Column filters on a big table (ControlsFX {@link TableFilter}): right-click a column's header to keep only the
 * values ticked there; the filters of several columns combine. The table then shows, sorts and exports
 * (Ctrl/Cmd+E, {@link TableExport}) only the rows that pass. Give the table its unsorted list of rows: the
 * filter sorts what it keeps by the table's sort order.
 */
public final class ColumnFilters {
    private static final String KEY = "revops.column-filters";

    private ColumnFilters() {
    }

    /** Applies column filters to {@code table}, whose columns are all added; the values are gathered when a filter opens. */
    public static <S> TableFilter<S> on(TableView<S> table) {
        TableFilter<S> filter = TableFilter.forTableView(table).lazy(true).apply();
        table.getProperties().put(KEY, filter);
        return filter;
    }

    /** The column filters of {@code table}, if it has them. */
    @SuppressWarnings("unchecked")
    public static <S> Optional<TableFilter<S>> of(TableView<S> table) {
        return Optional.ofNullable((TableFilter<S>) table.getProperties().get(KEY));
    }
}
