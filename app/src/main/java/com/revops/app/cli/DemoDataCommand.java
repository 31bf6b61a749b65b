package com.revops.app.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.integrations.demo.DemoDataGenerator;
import com.revops.integrations.demo.DemoSummary;
import com.revops.integrations.revenue.SnapshotService;

/** {@code --demo-data}: the demo dataset, with 90 days of daily snapshots so forecast accuracy has a history. */
final class DemoDataCommand implements CliAction {
    static final int SNAPSHOT_DAYS = 90;

    @Override
    public int run(CliSession session) {
        var services = session.services();
        DemoSummary summary = new DemoDataGenerator(services.database(), services.clock(), services.zone()).load();
        Instant now = services.clock().instant();
        services.database().jdbi().useHandle(h -> h.execute("DELETE FROM actp_pipeline_snapshots"));
        new SnapshotService(services.database(), services.zone()).backfill(now, SNAPSHOT_DAYS);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>(summary.rowsByTable());
            json.put("actp_pipeline_snapshots", SNAPSHOT_DAYS);
            session.printJson(Map.of("loaded", json, "total_rows", summary.totalRows() + SNAPSHOT_DAYS));
            return ExitCode.OK;
        }
        session.out().printf("Loaded the demo data (%,d rows) into %s%n", summary.totalRows() + SNAPSHOT_DAYS,
                services.database().description());
        TextTable table = new TextTable("Table", "Rows");
        summary.rowsByTable().forEach(table::row);
        table.row("actp_pipeline_snapshots", SNAPSHOT_DAYS);
        table.print(session.out());
        session.out().println();
        session.out().println("Open the console with ./revops, or try ./revops --status");
        return ExitCode.OK;
    }
}
