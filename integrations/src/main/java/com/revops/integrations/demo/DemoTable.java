package com.revops.integrations.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The demo rows of one table, written with one batched INSERT. A column is named as it is in the
 * schema, or as {@code name:type} when the value is sent as text and cast ({@code tags:text[]},
 * {@code factors:jsonb}). {@link Instant}s are sent as {@code timestamptz}, {@link List}s of text
 * as arrays. Tables made {@link #withIds} get a stable uuid {@code id} per row.
 */
final class DemoTable {
    private static final int CHUNK = 2_000;

    private final String name;
    private final List<String> columns;
    private final boolean generatedIds;
    private final List<Object[]> rows = new ArrayList<>();

    private DemoTable(String name, boolean generatedIds, String... columns) {
        this.name = name;
        this.generatedIds = generatedIds;
        this.columns = List.of(columns);
    }

    /** Rows carry every value themselves, the id included where the table has one. */
    static DemoTable of(String name, String... columns) {
        return new DemoTable(name, false, columns);
    }

    /** Rows get a stable uuid {@code id} (from the table name and row number) ahead of their values. */
    static DemoTable withIds(String name, String... columns) {
        return new DemoTable(name, true, columns);
    }

    String name() {
        return name;
    }

    int size() {
        return rows.size();
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.size() + " columns");
        }
        Object[] row = Arrays.stream(values).map(DemoTable::sqlValue).toArray();
        if (generatedIds) {
            Object[] withId = new Object[row.length + 1];
            withId[0] = DemoIds.of(name, rows.size() + 1);
            System.arraycopy(row, 0, withId, 1, row.length);
            row = withId;
        }
        rows.add(row);
    }

    /** The rows so far, each as its values in column order (the generated id first). */
    List<Object[]> rows() {
        return List.copyOf(rows);
    }

    /** Inserts every row; returns how many. */
    int insert(Handle handle) {
        String sql = insertStatement();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            PreparedBatch batch = handle.prepareBatch(sql);
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                batch.add(row);
            }
            batch.execute();
        }
        return rows.size();
    }

    private String insertStatement() {
        List<String> names = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        if (generatedIds) {
            names.add("id");
            slots.add("?");
        }
        for (String column : columns) {
            int colon = column.indexOf(':');
            names.add(colon < 0 ? column : column.substring(0, colon));
            slots.add(colon < 0 ? "?" : "CAST(? AS " + column.substring(colon + 1) + ")");
        }
        return "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", slots) + ")";
    }

    private static Object sqlValue(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> "\"" + item.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(",", "{", "}"));
        }
        return value;
    }
}
