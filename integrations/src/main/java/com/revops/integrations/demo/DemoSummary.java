package com.revops.integrations.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@link DemoDataGenerator#load()} wrote: the rows of each table, in the order they were loaded. */
public record DemoSummary(Map<String, Integer> rowsByTable) {
    public DemoSummary {
        rowsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
    }

    public int totalRows() {
        return rowsByTable.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int rows(String table) {
        return rowsByTable.getOrDefault(table, 0);
    }
}
