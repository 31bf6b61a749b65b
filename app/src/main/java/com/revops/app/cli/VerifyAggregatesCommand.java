package com.revops.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.integrations.readmodel.ReadModelCheck;

/**
 * {@code --verify-aggregates} (SPEC §11): recomputes the read model (journeys, spells, per-stage running sums and
 * the hazard cells) from the raw rows and reports every difference — table, key, stored and recomputed row. Exit 0
 * when all are equal, 1 when any differs (docs/decisions/0073-verify-aggregates.md).
 */
final class VerifyAggregatesCommand implements CliAction {
    /** The read model differs from the raw rows. */
    static final int DIFFERENT = 1;
    /** The most differences printed; the count is always complete. */
    static final int SHOWN = 1000;

    @Override
    public int run(CliSession session) {
        ReadModelCheck.Report report = session.services().stores().readModelCheck().verify();
        List<ReadModelCheck.Difference> shown = report.differences().subList(0, Math.min(SHOWN, report.differences().size()));
        if (session.json()) {
            List<Map<String, Object>> tables = new ArrayList<>();
            for (ReadModelCheck.TableCount t : report.tables()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("table", t.table());
                json.put("rows", t.rows());
                json.put("differences", t.differences());
                tables.add(json);
            }
            List<Map<String, Object>> differences = new ArrayList<>();
            for (ReadModelCheck.Difference d : shown) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("table", d.table());
                json.put("key", d.key());
                json.put("stored", d.stored());
                json.put("recomputed", d.recomputed());
                differences.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("equal", report.equal());
            json.put("tables", tables);
            json.put("differences_total", report.differences().size());
            json.put("differences", differences);
            session.printJson(json);
        } else {
            var out = session.out();
            TextTable table = new TextTable("Table", "Rows", "Differences");
            for (ReadModelCheck.TableCount t : report.tables()) {
                table.row(t.table(), t.rows(), t.differences());
            }
            table.print(out);
            out.println();
            for (ReadModelCheck.Difference d : shown) {
                out.println(d.table() + " " + d.key() + ":");
                out.println("  stored:     " + d.stored());
                out.println("  recomputed: " + d.recomputed());
            }
            if (shown.size() < report.differences().size()) {
                out.println("… and " + (report.differences().size() - shown.size()) + " more (the first " + SHOWN + " shown)");
            }
            out.println(report.equal() ? "The read model equals its recomputation from the raw rows."
                    : report.differences().size() + " difference(s) between the read model and the raw rows.");
        }
        return report.equal() ? ExitCode.OK : DIFFERENT;
    }
}
