package com.revops.integrations.sync;

import com.revops.integrations.analytics.SyncCounts;
import java.util.HashMap;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.DatabaseErrors;

/**
 * The rows a pull may touch, captured before and after as key → text, to count what it created,
 * changed and left as it was (for pulls whose writers upsert without saying).
 */
final class RowDiff {
    private final Jdbi jdbi;
    private final String sql;
    private final Map<String, String> before;

    /** {@code sql} returns two text columns: {@code key} and {@code row}. */
    RowDiff(Jdbi jdbi, String sql) {
        this.jdbi = jdbi;
        this.sql = sql;
        this.before = capture();
    }

    private Map<String, String> capture() {
        Map<String, String> rows = new HashMap<>();
        DatabaseErrors.withHandle(jdbi, "Reading rows before a pull", h -> h.createQuery(sql)
                .map((rs, ctx) -> rows.put(rs.getString("key"), rs.getString("row"))).list());
        return rows;
    }

    SyncCounts counts() {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<String, String> row : capture().entrySet()) {
            String old = before.get(row.getKey());
            if (old == null) {
                created++;
            } else if (old.equals(row.getValue())) {
                unchanged++;
            } else {
                updated++;
            }
        }
        return new SyncCounts(created, updated, unchanged);
    }
}
