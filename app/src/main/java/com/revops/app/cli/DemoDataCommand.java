package com.revops.app.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.integrations.demo.DemoDataGenerator;
import com.revops.integrations.demo.DemoSummary;
import com.revops.integrations.revenue.SnapshotService;
import com.revops.integrations.summaries.SummaryRefresh;

/**
 * {@code --demo-data}: the demo dataset, with 90 days of daily snapshots so forecast accuracy has a history, and the
 * offer-performance and attribution summaries filled at once (not only at their 05:00/05:10 jobs).
 */
final class DemoDataCommand implements CliAction {
    static final int SNAPSHOT_DAYS = 90;

    @Override
    public int run(CliSession session) {
        var services = session.services();
        DemoSummary summary = new DemoDataGenerator(services.database(), services.clock(), services.zone()).load();
        Instant now = services.clock().instant();
        SnapshotService snapshots = new SnapshotService(services.database(), services.zone());
        snapshots.deleteAll();
        snapshots.backfill(now, SNAPSHOT_DAYS);
        int offerRows = new SummaryRefresh(services.database(), services.zone()).offerPerformance(now);
        int attributionRows = new SummaryRefresh(services.database(), services.zone()).attribution(now);
        int derived = SNAPSHOT_DAYS + offerRows + attributionRows;
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>(summary.rowsByTable());
            json.put("actp_pipeline_snapshots", SNAPSHOT_DAYS);
            json.put("actp_offer_performance", offerRows);
            json.put("actp_attribution_summary", attributionRows);
            session.printJson(Map.of("loaded", json, "total_rows", summary.totalRows() + derived));
            return ExitCode.OK;
        }
        session.out().printf("Loaded the demo data (%,d rows) into %s%n", summary.totalRows() + derived,
                services.database().description());
        TextTable table = new TextTable("Table", "Rows");
        summary.rowsByTable().forEach(table::row);
        table.row("actp_pipeline_snapshots", SNAPSHOT_DAYS);
        table.row("actp_offer_performance", offerRows);
        table.row("actp_attribution_summary", attributionRows);
        table.print(session.out());
        session.out().println();
        session.out().println("Open the console with ./revops, or try ./revops --status");
        return ExitCode.OK;
    }
}
