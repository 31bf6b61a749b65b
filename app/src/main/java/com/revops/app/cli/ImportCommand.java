package com.revops.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.integrations.csv.CsvImporter;

/** {@code --import TABLE FILE.csv} (SPEC §5). */
final class ImportCommand implements CliAction {
    private final String table;
    private final Path file;

    ImportCommand(String table, Path file) {
        this.table = table;
        this.file = file;
    }

    @Override
    public int run(CliSession session) {
        CsvImporter importer = new CsvImporter(session.services().database(), session.services().zone(),
                session.services().clock());
        CsvImporter.ImportResult result = importer.importFile(table, file);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("table", result.table());
            json.put("inserted", result.inserted());
            json.put("updated", result.updated());
            session.printJson(json);
        } else {
            session.out().printf("Imported %d row%s into %s from %s%s%n", result.total(), result.total() == 1 ? "" : "s",
                    result.table(), file.getFileName(), result.updated() > 0
                            ? " (" + result.inserted() + " new, " + result.updated() + " updated by external_id)"
                            : result.total() == 0 ? " (the file has a header and no rows)" : "");
        }
        return ExitCode.OK;
    }
}
