package com.revops.integrations.csv;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

import com.revops.integrations.db.DatabaseException;

/**
 * The temporary tables of one import, inside its transaction: the raw rows as copied, the
 * contact references resolved to ids, and the candidate rows exactly as they would be inserted
 * (defaults applied), against which the target table's own constraints are checked.
 */
final class ImportStaging {
    static final String RAW = "revops_import_raw";
    private static final String CONTACTS = "revops_import_contacts";
    private static final String CANDIDATE = "revops_import_candidate";
    private static final int MAX_REPORTED = 1000;

    private final Handle handle;
    private final String table;
    private final Map<String, ColumnInfo> columns;
    private final List<ColumnInfo> provided;

    ImportStaging(Handle handle, String table, Map<String, ColumnInfo> columns, List<ColumnInfo> provided) {
        this.handle = handle;
        this.table = table;
        this.columns = columns;
        this.provided = provided;
    }

    void create() {
        String definition = provided.stream()
                .map(c -> quote(c.name()) + " " + ("contact_id".equals(c.name()) ? "text" : c.sqlType()))
                .collect(Collectors.joining(", "));
        handle.execute("CREATE TEMP TABLE " + RAW + " (" + definition + (definition.isEmpty() ? "" : ", ")
                + "revops_line bigint NOT NULL) ON COMMIT DROP");
    }

    String rawColumnList() {
        List<String> names = new ArrayList<>(provided.stream().map(c -> quote(c.name())).toList());
        names.add("revops_line");
        return String.join(", ", names);
    }

    void storeResolvedContacts(Map<String, UUID> resolved) throws SQLException, IOException {
        handle.execute("CREATE TEMP TABLE " + CONTACTS + " (ref text PRIMARY KEY, id uuid NOT NULL) ON COMMIT DROP");
        StringBuilder rows = new StringBuilder();
        resolved.forEach((ref, id) -> rows.append(ref.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"))
                .append('\t').append(id).append('\n'));
        handle.getConnection().unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + CONTACTS + " (ref, id) FROM STDIN", new StringReader(rows.toString()));
    }

    void resolveContacts(boolean hasContactColumn) {
        if (hasContactColumn) {
            handle.execute("ANALYZE " + CONTACTS);
        }
    }

    /** The rows as they would be inserted: every column of the target, defaults applied. */
    void buildCandidates() {
        Set<String> providedNames = provided.stream().map(ColumnInfo::name).collect(Collectors.toSet());
        List<String> select = new ArrayList<>();
        for (ColumnInfo column : columns.values()) {
            String name = quote(column.name());
            String expression;
            if (providedNames.contains(column.name())) {
                String raw = "contact_id".equals(column.name()) ? "rc.id" : "r." + name;
                expression = column.defaultExpression().map(d -> "coalesce(" + raw + ", " + d + ")").orElse(raw);
            } else {
                expression = column.defaultExpression().orElse("NULL::" + column.sqlType());
            }
            select.add(expression + " AS " + name);
        }
        boolean joinContacts = providedNames.contains("contact_id");
        handle.execute("CREATE TEMP TABLE " + CANDIDATE + " ON COMMIT DROP AS SELECT " + String.join(", ", select)
                + ", r.revops_line FROM " + RAW + " r"
                + (joinContacts ? " LEFT JOIN " + CONTACTS + " rc ON rc.ref = r.contact_id OR rc.ref = lower(r.contact_id)" : ""));
        handle.execute("ANALYZE " + CANDIDATE);
    }

    /** Every candidate row that the table's CHECK, UNIQUE or foreign-key constraints would refuse. */
    List<CsvRowError> constraintViolations(Set<String> upsertKey) {
        List<CsvRowError> errors = new ArrayList<>();
        checkNotNull(errors);
        checkChecks(errors);
        checkUniques(errors, upsertKey);
        checkForeignKeys(errors);
        return errors;
    }

    private void checkNotNull(List<CsvRowError> errors) {
        for (ColumnInfo column : columns.values()) {
            if (!column.nullable()) {
                lines("SELECT revops_line FROM " + CANDIDATE + " WHERE " + quote(column.name()) + " IS NULL")
                        .forEach(line -> errors.add(new CsvRowError(line, column.name() + " is required")));
            }
        }
    }

    private void checkChecks(List<CsvRowError> errors) {
        // a rule we described (V9) reads as its description; anyone else's as its name and expression
        handle.createQuery("SELECT conname, pg_get_constraintdef(oid) AS def, obj_description(oid, 'pg_constraint') AS description "
                        + "FROM pg_constraint WHERE conrelid = CAST(:t AS regclass) AND contype = 'c' ORDER BY conname")
                .bind("t", table)
                .mapToMap()
                .list()
                .forEach(row -> {
                    String name = (String) row.get("conname");
                    String expression = checkExpression((String) row.get("def"));
                    String description = (String) row.get("description");
                    String reason = description == null || description.isBlank()
                            ? "breaks the rule " + name + ": " + expression
                            : description;
                    lines("SELECT revops_line FROM " + CANDIDATE + " WHERE (" + expression + ") IS FALSE")
                            .forEach(line -> errors.add(new CsvRowError(line, reason)));
                });
    }

    /** The expression of PostgreSQL's {@code CHECK (<expression>) [NOT VALID]}, without that outer pair of parentheses. */
    static String checkExpression(String definition) {
        String body = definition.trim();
        if (body.endsWith("NOT VALID")) {
            body = body.substring(0, body.length() - "NOT VALID".length()).trim();
        }
        if (body.startsWith("CHECK")) {
            body = body.substring("CHECK".length()).trim();
            if (body.startsWith("(") && body.endsWith(")")) {
                body = body.substring(1, body.length() - 1);
            }
        }
        return body;
    }

    private void checkUniques(List<CsvRowError> errors, Set<String> upsertKey) {
        List<Map<String, Object>> indexes = handle.createQuery("""
                        SELECT i.indexrelid::regclass::text AS index_name,
                               array_agg(a.attname::text ORDER BY k.ord) AS cols
                          FROM pg_index i
                          CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
                          JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                         WHERE i.indrelid = CAST(:t AS regclass) AND i.indisunique
                           AND i.indexprs IS NULL AND i.indpred IS NULL
                         GROUP BY i.indexrelid""")
                .bind("t", table)
                .mapToMap()
                .list();
        for (Map<String, Object> index : indexes) {
            List<String> cols = arrayOf(index.get("cols"));
            String quoted = cols.stream().map(ImportStaging::quote).collect(Collectors.joining(", "));
            String notNull = cols.stream().map(c -> quote(c) + " IS NOT NULL").collect(Collectors.joining(" AND "));
            String label = String.join(", ", cols);
            lines("SELECT revops_line FROM (SELECT revops_line, count(*) OVER (PARTITION BY " + quoted + ") AS n FROM "
                    + CANDIDATE + " WHERE " + notNull + ") d WHERE n > 1")
                    .forEach(line -> errors.add(new CsvRowError(line, label + " repeats a value of another row in the file")));
            if (!Set.copyOf(cols).equals(upsertKey)) {
                String join = cols.stream().map(c -> "t." + quote(c) + " = c." + quote(c)).collect(Collectors.joining(" AND "));
                lines("SELECT c.revops_line FROM " + CANDIDATE + " c JOIN " + quote(table) + " t ON " + join)
                        .forEach(line -> errors.add(new CsvRowError(line, label + " already exists in " + table)));
            }
        }
    }

    private void checkForeignKeys(List<CsvRowError> errors) {
        List<Map<String, Object>> keys = handle.createQuery("""
                        SELECT a.attname::text AS col, c.confrelid::regclass::text AS ref_table, af.attname::text AS ref_col
                          FROM pg_constraint c
                          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                          JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
                         WHERE c.conrelid = CAST(:t AS regclass) AND c.contype = 'f' AND array_length(c.conkey, 1) = 1""")
                .bind("t", table)
                .mapToMap()
                .list();
        Set<String> providedNames = provided.stream().map(ColumnInfo::name).collect(Collectors.toSet());
        for (Map<String, Object> key : keys) {
            String col = (String) key.get("col");
            if (!providedNames.contains(col) || "contact_id".equals(col)) {
                continue; // contact references were resolved (and reported) before
            }
            String refTable = (String) key.get("ref_table");
            lines("SELECT c.revops_line FROM " + CANDIDATE + " c WHERE c." + quote(col) + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                    + refTable + " r WHERE r." + quote((String) key.get("ref_col")) + " = c." + quote(col) + ")")
                    .forEach(line -> errors.add(new CsvRowError(line, col + " refers to no row of " + refTable)));
        }
    }

    int countExisting(String keyColumn) {
        return handle.createQuery("SELECT count(*) FROM " + CANDIDATE + " c JOIN " + quote(table) + " t ON t." + quote(keyColumn)
                        + " = c." + quote(keyColumn))
                .mapTo(Integer.class).one();
    }

    int insert(boolean upsertOnExternalId) {
        String all = columns.keySet().stream().map(ImportStaging::quote).collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + quote(table) + " (" + all + ") SELECT " + all + " FROM " + CANDIDATE + " ORDER BY revops_line";
        if (upsertOnExternalId) {
            String updates = provided.stream().map(ColumnInfo::name).filter(n -> !n.equals("id") && !n.equals("external_id"))
                    .map(n -> quote(n) + " = EXCLUDED." + quote(n)).collect(Collectors.joining(", "));
            sql += " ON CONFLICT (external_id) DO " + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + updates);
        }
        return handle.execute(sql);
    }

    private List<Long> lines(String sql) {
        return handle.createQuery(sql + " LIMIT " + MAX_REPORTED).mapTo(Long.class).list();
    }

    @SuppressWarnings("unchecked")
    private static List<String> arrayOf(Object value) {
        try {
            if (value instanceof java.sql.Array array) {
                return List.of((String[]) array.getArray());
            }
        } catch (SQLException e) {
            throw new DatabaseException("Reading index metadata failed", e);
        }
        return List.copyOf((Collection<String>) value);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
