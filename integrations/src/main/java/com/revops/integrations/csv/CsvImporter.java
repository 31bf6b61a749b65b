package com.revops.integrations.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.DatabaseException;
import com.revops.integrations.revenue.RevenueRepository;

/**
 * {@code --import TABLE FILE.csv} (SPEC §5). The header names the table's columns (any subset that
 * includes the required ones); an empty field takes the column's default, or NULL where it has none;
 * {@code contact_id} may hold a contact's uuid or external id. All or nothing: a file with any bad
 * row imports nothing and every bad row is reported with its line number.
 *
 * <p>How: fields are parsed and typed in Java (per-line messages), the rows are streamed with COPY
 * into a temporary table, the target's own CHECK, UNIQUE and foreign-key constraints are evaluated
 * against it in SQL (so the rules live in one place, the schema), and only then is everything
 * inserted in the same transaction. {@code crm_contacts} rows with an {@code external_id} that
 * already exists update that contact (re-importing a CRM export is safe).
 */
public final class CsvImporter {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Database database;
    private final ZoneId zone;
    private final Clock clock;

    /** {@code clock}: "now", after which a moment that has happened (a deal's closed_at, say) cannot lie (SPEC §9). */
    public CsvImporter(Database database, ZoneId zone, Clock clock) {
        this.database = database;
        this.zone = zone;
        this.clock = clock;
    }

    /** Imports the file into the table; returns the number of rows written. */
    public ImportResult importFile(String table, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("FILE", "no such file: " + file);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importCsv(table, file.getFileName().toString(), reader);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("FILE", "no such file: " + file);
        } catch (IOException e) {
            throw new InvalidInputException("FILE", "cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Imports CSV text (UTF-8, a byte order mark allowed) into the table. A file with no header row is
     * refused ("file is empty"); a header without rows imports nothing and says so (decision 0028).
     */
    public ImportResult importCsv(String table, String fileName, Reader reader) throws IOException {
        String tableName = table.trim().toLowerCase(Locale.ROOT);
        Map<String, ColumnInfo> columns = columnsOf(tableName);
        TableRules rules = new TableRules(tableName, () -> new RevenueRepository(database.jdbi()).offerCatalog());
        ValueParser parser = new ValueParser(zone, clock.instant());
        List<CsvRowError> errors = new ArrayList<>();

        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(false).get();
        CSVParser csv;
        try {
            csv = CSVParser.parse(withoutByteOrderMark(reader), format);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CsvImportRejectedException(fileName, List.of(new CsvRowError(1, CsvSyntax.describe(e))));
        }
        try (csv) {
            List<String> header = csv.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            if (header.stream().allMatch(String::isEmpty)) {
                throw new InvalidInputException(fileName, "file is empty: it needs a header row naming " + tableName
                        + "'s columns, then one row per record");
            }
            List<ColumnInfo> provided = checkHeader(tableName, header, columns, errors);
            if (!errors.isEmpty()) {
                throw new CsvImportRejectedException(fileName, errors);
            }
            ParsedRows rows = parseRows(csv, provided, parser, rules, errors);
            if (rows.count() == 0) {
                if (!errors.isEmpty()) {
                    throw new CsvImportRejectedException(fileName, errors);
                }
                return new ImportResult(tableName, 0, 0);
            }
            // every row, even one with bad fields, is checked against the schema too: one run lists every problem
            return write(tableName, fileName, columns, provided, rows, errors);
        }
    }

    /** Excel and other tools start a UTF-8 export with a byte order mark: it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            pushback.unread(first);
        }
        return pushback;
    }

    private List<ColumnInfo> checkHeader(String table, List<String> header, Map<String, ColumnInfo> columns, List<CsvRowError> errors) {
        List<ColumnInfo> provided = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!seen.add(name)) {
                errors.add(new CsvRowError(1, "column '" + name + "' appears twice"));
            } else if (!columns.containsKey(name)) {
                errors.add(new CsvRowError(1, "unknown column '" + name + "' for " + table + "; its columns are "
                        + String.join(", ", columns.keySet())));
            } else {
                provided.add(columns.get(name));
            }
        }
        for (ColumnInfo column : columns.values()) {
            if (column.required() && !seen.contains(column.name())) {
                errors.add(new CsvRowError(1, "required column '" + column.name() + "' is missing"));
            }
        }
        return provided;
    }

    /**
     * Parses every row. A field that cannot be read is reported and staged as NULL, so the row's other
     * fields still meet the schema's checks; {@code blanked} remembers those fields, whose "is required"
     * the schema would otherwise report a second time.
     */
    private ParsedRows parseRows(CSVParser csv, List<ColumnInfo> provided, ValueParser parser, TableRules rules,
                                 List<CsvRowError> errors) {
        StringBuilder copy = new StringBuilder();
        List<Long> lines = new ArrayList<>();
        Set<String> blanked = new HashSet<>();
        Map<String, List<Long>> contactRefs = new HashMap<>();
        int contactIndex = indexOf(provided, "contact_id");
        long lineBefore = csv.getCurrentLineNumber();
        java.util.Iterator<CSVRecord> records = csv.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                // the rest of the file cannot be split into fields: report where the broken record starts, and stop
                errors.add(new CsvRowError(CsvSyntax.line(e, lineBefore + 1), CsvSyntax.describe(e)));
                break;
            }
            long line = lineBefore + 1;
            lineBefore = csv.getCurrentLineNumber();
            if (record.size() != provided.size()) {
                errors.add(new CsvRowError(line, "has " + record.size() + " fields, the header has " + provided.size()));
                continue;
            }
            String[] values = new String[provided.size()];
            for (int i = 0; i < provided.size(); i++) {
                ColumnInfo column = provided.get(i);
                String raw = record.get(i);
                if (raw == null || raw.isBlank()) {
                    if (column.required()) {
                        errors.add(new CsvRowError(line, column.name() + " is required"));
                        blanked.add(line + ":" + column.name());
                    }
                    continue;
                }
                try {
                    values[i] = i == contactIndex ? raw.trim() : rules.check(column.name(), parser.parse(column, raw));
                } catch (IllegalArgumentException e) {
                    errors.add(new CsvRowError(line, column.name() + ": " + e.getMessage()));
                    blanked.add(line + ":" + column.name());
                }
            }
            if (contactIndex >= 0 && values[contactIndex] != null) {
                contactRefs.computeIfAbsent(values[contactIndex], k -> new ArrayList<>()).add(line);
            }
            appendCopyRow(copy, values, line);
            lines.add(line);
        }
        Map<String, UUID> resolved = resolveContacts(contactRefs, errors);
        return new ParsedRows(copy, lines.size(), contactIndex, resolved, blanked);
    }

    /** Maps each contact reference (uuid or external id) to a contact id; unknown ones become row errors. */
    private Map<String, UUID> resolveContacts(Map<String, List<Long>> refs, List<CsvRowError> errors) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> resolved = new HashMap<>();
        List<String> keys = new ArrayList<>(refs.keySet());
        for (int from = 0; from < keys.size(); from += 50_000) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 50_000));
            List<UUID> asUuids = chunk.stream().map(CsvImporter::uuidOrNull).filter(java.util.Objects::nonNull).toList();
            database.jdbi().useHandle(h -> h.createQuery("""
                            SELECT id, external_id FROM crm_contacts
                             WHERE external_id = ANY(:refs) OR id = ANY(:ids)""")
                    .bindArray("refs", String.class, chunk)
                    .bindArray("ids", UUID.class, asUuids)
                    .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), Optional.ofNullable(rs.getString("external_id"))))
                    .forEach(e -> {
                        resolved.putIfAbsent(e.getKey().toString(), e.getKey());
                        e.getValue().ifPresent(ext -> resolved.put(ext, e.getKey()));
                    }));
        }
        refs.forEach((ref, lines) -> {
            if (!resolved.containsKey(ref) && !resolved.containsKey(ref.toLowerCase(Locale.ROOT))) {
                lines.forEach(line -> errors.add(new CsvRowError(line, "contact_id: unknown contact '" + ref + "'")));
            }
        });
        return resolved;
    }

    private static UUID uuidOrNull(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void appendCopyRow(StringBuilder copy, String[] values, long line) {
        for (String value : values) {
            copy.append(value == null ? "\\N" : escapeCopy(value)).append('\t');
        }
        copy.append(line).append('\n');
    }

    private static String escapeCopy(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private ImportResult write(String table, String fileName, Map<String, ColumnInfo> columns, List<ColumnInfo> provided,
                               ParsedRows rows, List<CsvRowError> earlierErrors) {
        try {
            return database.jdbi().inTransaction(h -> {
                ImportStaging staging = new ImportStaging(h, table, columns, provided);
                staging.create();
                copyInto(h, staging, rows);
                staging.resolveContacts(rows.contactIndex() >= 0);
                staging.buildCandidates();
                boolean upsert = "crm_contacts".equals(table) && provided.stream().anyMatch(c -> c.name().equals("external_id"));
                List<CsvRowError> errors = new ArrayList<>(earlierErrors);
                staging.constraintViolations(upsert ? Set.of("external_id") : Set.of()).stream()
                        .filter(e -> !rows.reportedAlready(e))
                        .forEach(errors::add);
                if (!errors.isEmpty()) {
                    h.rollback();
                    throw new CsvImportRejectedException(fileName, errors);
                }
                int updated = upsert ? staging.countExisting("external_id") : 0;
                int written = staging.insert(upsert);
                // imported rows are the operator's own: demo data may no longer be wiped over them
                h.execute("DELETE FROM revops_settings WHERE key = 'demo_data_loaded_at'");
                return new ImportResult(table, written - updated, updated);
            });
        } catch (CsvImportRejectedException e) {
            throw e;
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw DatabaseErrors.translate("Import into " + table, e);
        }
    }

    private static void copyInto(Handle h, ImportStaging staging, ParsedRows rows) {
        try {
            Connection connection = h.getConnection();
            PGConnection pg = connection.unwrap(PGConnection.class);
            pg.getCopyAPI().copyIn("COPY " + ImportStaging.RAW + " (" + staging.rawColumnList() + ") FROM STDIN",
                    new StringReader(rows.copy().toString()));
            if (rows.contactIndex() >= 0) {
                staging.storeResolvedContacts(rows.resolved());
            }
        } catch (SQLException | IOException e) {
            throw new DatabaseException("Copying rows failed: " + e.getMessage(), e);
        }
    }

    private Map<String, ColumnInfo> columnsOf(String table) {
        TableRules.checkImportable(table);
        Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        database.jdbi().useHandle(h -> h.createQuery("""
                        SELECT c.column_name, c.data_type, c.udt_name, c.is_nullable = 'YES' AS nullable, c.column_default,
                               c.numeric_precision, c.numeric_scale
                          FROM information_schema.columns c
                          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                         WHERE c.table_schema = current_schema() AND c.table_name = :table AND t.table_type = 'BASE TABLE'
                           AND c.is_generated = 'NEVER'
                         ORDER BY c.ordinal_position""")
                .bind("table", table)
                .map((rs, ctx) -> new ColumnInfo(rs.getString("column_name"), rs.getString("data_type"), rs.getString("udt_name"),
                        rs.getBoolean("nullable"), Optional.ofNullable(rs.getString("column_default")),
                        Optional.ofNullable((Integer) rs.getObject("numeric_precision")),
                        Optional.ofNullable((Integer) rs.getObject("numeric_scale"))))
                .forEach(c -> columns.put(c.name(), c)));
        if (columns.isEmpty()) {
            throw new InvalidInputException("TABLE", "unknown table '" + table + "'; importable tables: " + String.join(", ", importableTables()));
        }
        if (!table.startsWith("actp_") && !table.startsWith("crm_")) {
            throw new InvalidInputException("TABLE", "'" + table + "' is managed by the app and cannot be imported; importable tables: "
                    + String.join(", ", importableTables()));
        }
        return columns;
    }

    /** The tables an operator can import into. */
    public List<String> importableTables() {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT table_name FROM information_schema.tables
                         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                           AND (table_name LIKE 'actp\\_%' OR table_name LIKE 'crm\\_%') AND table_name <> :audit
                         ORDER BY table_name""")
                .bind("audit", TableRules.AUDIT_TABLE)
                .mapTo(String.class).list());
    }

    private static int indexOf(List<ColumnInfo> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The rows for COPY; {@code blanked}: "line:column" of the fields already reported and staged as NULL. */
    record ParsedRows(StringBuilder copy, int count, int contactIndex, Map<String, UUID> resolved, Set<String> blanked) {
        /** True for a schema "is required" on a field whose own problem was reported already. */
        boolean reportedAlready(CsvRowError error) {
            String problem = error.problem();
            return problem.endsWith(" is required")
                    && blanked.contains(error.line() + ":" + problem.substring(0, problem.length() - " is required".length()));
        }
    }

    /** What an import wrote. */
    public record ImportResult(String table, int inserted, int updated) {
        public int total() {
            return inserted + updated;
        }
    }
}
