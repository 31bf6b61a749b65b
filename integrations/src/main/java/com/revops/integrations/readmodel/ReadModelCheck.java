package com.revops.integrations.readmodel;

import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.DatabaseErrors;

/**
 * {@code --verify-aggregates} (SPEC §11): recomputes every table of the read model from the raw rows (the
 * {@code *_from_history} views of migration V17) and compares, row by row, in one read-only transaction.
 */
public final class ReadModelCheck {
    /** The tables of the read model with their keys, in the order they are checked. */
    static final List<Table> TABLES = List.of(
            new Table("revops_journeys", "contact_id"),
            new Table("revops_spells", "transition_id"),
            new Table("revops_stage_sums", "stage"),
            new Table("revops_spell_cells", "stage, bin, outcome"));

    private final Jdbi jdbi;

    public ReadModelCheck(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every difference between each stored table and its recomputation, with the rows each table holds. */
    public Report verify() {
        return DatabaseErrors.inTransaction(jdbi, "Checking the read model", h -> {
            h.execute("SET TRANSACTION READ ONLY");
            List<TableCount> counts = new ArrayList<>();
            List<Difference> differences = new ArrayList<>();
            for (Table table : TABLES) {
                List<Difference> found = differences(h, table);
                counts.add(new TableCount(table.name(), rows(h, table.name()), found.size()));
                differences.addAll(found);
            }
            return new Report(counts, differences);
        });
    }

    private static long rows(Handle h, String table) {
        return h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
    }

    /**
     * The rows of {@code table} and of its recomputation that differ, matched by key: a row on one side only has
     * "(none)" on the other.
     */
    private static List<Difference> differences(Handle h, Table table) {
        String key = "concat_ws(' / ', " + String.join(", ", table.keyColumns().stream().map(c -> "coalesce(s." + c + ", r." + c + ")::text").toList()) + ")";
        String on = String.join(" AND ", table.keyColumns().stream().map(c -> "s." + c + " = r." + c).toList());
        return h.createQuery("""
                        SELECT %s AS key,
                               CASE WHEN s IS NULL THEN NULL ELSE row_to_json(s)::text END AS stored,
                               CASE WHEN r IS NULL THEN NULL ELSE row_to_json(r)::text END AS recomputed
                          FROM %s s
                          FULL JOIN %s_from_history r ON %s
                         WHERE s IS DISTINCT FROM r
                         ORDER BY 1""".formatted(key, table.name(), table.name(), on))
                .map((rs, ctx) -> new Difference(table.name(), rs.getString("key"),
                        rs.getString("stored") == null ? "(none)" : rs.getString("stored"),
                        rs.getString("recomputed") == null ? "(none)" : rs.getString("recomputed")))
                .list();
    }

    record Table(String name, String keys) {
        List<String> keyColumns() {
            return List.of(keys.split(",\\s*"));
        }
    }

    /** A table of the read model: how many rows it holds and how many differ from the raw rows. */
    public record TableCount(String table, long rows, int differences) {
    }

    /** One row that differs: the table, its key, the stored row and the recomputed one ("(none)" when absent). */
    public record Difference(String table, String key, String stored, String recomputed) {
    }

    /** What the check found: equal when there is no difference. */
    public record Report(List<TableCount> tables, List<Difference> differences) {
        public boolean equal() {
            return differences.isEmpty();
        }
    }
}
