package com.revops.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.integrations.csv.CsvImporter;
import com.revops.integrations.summaries.SummaryRefresh;

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
        // the stored summaries computed from this table follow it at once, not only at their daily jobs
        SummaryRefresh.Refreshed refreshed = new SummaryRefresh(session.services().database(), session.services().zone())
                .afterImport(result.table(), session.services().clock().instant());
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("table", result.table());
            json.put("inserted", result.inserted());
            json.put("updated", result.updated());
            refreshed.offerRows().ifPresent(n -> json.put("actp_offer_performance", n));
            refreshed.attributionRows().ifPresent(n -> json.put("actp_attribution_summary", n));
            session.printJson(json);
        } else {
            session.out().printf("Imported %d row%s into %s from %s%s%n", result.total(), result.total() == 1 ? "" : "s",
                    result.table(), file.getFileName(), result.updated() > 0
                            ? " (" + result.inserted() + " new, " + result.updated() + " updated by external_id)"
                            : result.total() == 0 ? " (the file has a header and no rows)" : "");
            refreshed.offerRows().ifPresent(n -> session.out().printf("Refreshed actp_offer_performance (%d %s)%n", n, n == 1 ? "row" : "rows"));
            refreshed.attributionRows().ifPresent(n -> session.out().printf("Refreshed actp_attribution_summary (%d %s)%n", n,
                    n == 1 ? "row" : "rows"));
        }
        return ExitCode.OK;
    }
}
