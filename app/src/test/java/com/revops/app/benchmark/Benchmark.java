package com.revops.app.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.revops.integrations.alerts.AlertCheck;
import com.revops.integrations.config.DatabaseSettings;
import com.revops.integrations.db.Database;
import com.revops.integrations.revenue.RevenueEngine;

/**
 * SPEC §10 benchmark (run by benchmark/run.sh; not a test): generates the large dataset in a fresh
 * embedded PostgreSQL, then times each computation cold (first call in this JVM) and warm (median of
 * five), next to the bare SQL aggregate PostgreSQL needs for the same numbers (the floor), and reports
 * heap use.
 */
public final class Benchmark {
    private static final String AS_OF = "2026-03-02T07:30:00Z";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("revops-benchmark");
        System.out.println("RevOps benchmark — data in " + dir);
        try (Database db = Database.open(DatabaseSettings.embedded(dir.resolve("postgres"), 0))) {
            boolean fresh = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) = 0 FROM crm_contacts").mapTo(Boolean.class).one());
            if (fresh) {
                System.out.println("Generating the SPEC §10 dataset…");
                BenchmarkData.generate(db, AS_OF);
            }
            Instant asOf = Instant.parse(AS_OF);
            RevenueEngine engine = new RevenueEngine(db, ZoneOffset.UTC);
            Map<String, Supplier<Object>> computations = new LinkedHashMap<>();
            computations.put("--pipeline", () -> engine.pipeline(asOf));
            computations.put("--forecast", () -> engine.forecast(asOf));
            computations.put("--conversion-rates", () -> engine.conversionRates(asOf));
            computations.put("--velocity", () -> engine.velocity(asOf));
            computations.put("--mtd", () -> engine.monthToDate(asOf));
            computations.put("--offer-performance", () -> engine.offerPerformance(asOf));
            computations.put("--top-sources", () -> engine.topSources(asOf));
            computations.put("--alert-check", () -> new AlertCheck(db, ZoneOffset.UTC).evaluate(asOf));
            computations.put("dashboard (all tiles)", () -> {
                RevenueEngine.Overview o = engine.overview(asOf);
                engine.offerPerformance(asOf);
                engine.topSources(asOf);
                return new AlertCheck(db, ZoneOffset.UTC).evaluate(asOf, o);
            });
            // The floor: the bare SQL aggregates PostgreSQL needs for the same numbers, timed on their own.
            // A computation that needs several aggregates has the sum of their times as its floor.
            String open = "SELECT stage, offer_tag, count(*) AS n FROM crm_contacts "
                    + "WHERE stage IN ('cold','awareness','consideration','decision','call_booked') GROUP BY 1, 2";
            String cohorts = "SELECT contact_id, min(transitioned_at) AS first_at, max(revops_stage_rank(to_stage)) AS reached "
                    + "FROM actp_stage_transitions GROUP BY 1";
            String durations = "SELECT from_stage, count(*) AS n, sum(extract(epoch FROM transitioned_at - entered_at)) AS seconds FROM ("
                    + " SELECT t.from_stage, t.transitioned_at, coalesce(lag(t.transitioned_at) OVER (PARTITION BY t.contact_id"
                    + " ORDER BY t.transitioned_at), c.first_contact_at) AS entered_at"
                    + " FROM actp_stage_transitions t JOIN crm_contacts c ON c.id = t.contact_id) d GROUP BY 1";
            // the hazard forecast's own aggregates: the spells by stage × age bin × outcome (finished ones from the
            // transitions, open ones censored at as_of), the open contacts by stage × offer × whole days, the trailing
            // 28 days' new leads by first stage and offer, and deal_won per offer
            String bins = "(VALUES (0,0::float8,1::float8),(1,1,2),(2,2,3),(3,3,4),(4,4,5),(5,5,6),(6,6,7),(7,7,10),(8,10,14),(9,14,21),"
                    + "(10,21,28),(11,28,42),(12,42,56),(13,56,90),(14,90,120),(15,120,180),(16,180,365),(17,365,'Infinity'::float8))";
            String spells = "SELECT s.stage, b.bin, s.outcome, sum(least(s.age, b.hi) - b.lo) AS exposure,"
                    + " count(*) FILTER (WHERE s.outcome IS NOT NULL AND s.age < b.hi) AS events FROM ("
                    + " SELECT from_stage AS stage, CASE WHEN to_stage = 'closed_lost' OR revops_stage_rank(to_stage) > revops_stage_rank(from_stage)"
                    + " THEN to_stage END AS outcome, greatest(extract(epoch FROM transitioned_at - entered_at) / 86400, 0)::float8 AS age FROM ("
                    + " SELECT t.from_stage, t.to_stage, t.transitioned_at, coalesce(lag(t.transitioned_at) OVER (PARTITION BY t.contact_id"
                    + " ORDER BY t.transitioned_at), c.first_contact_at) AS entered_at"
                    + " FROM actp_stage_transitions t JOIN crm_contacts c ON c.id = t.contact_id) f"
                    + " WHERE from_stage IN ('cold','awareness','consideration','decision','call_booked') AND entered_at IS NOT NULL"
                    + " UNION ALL SELECT stage, NULL, greatest(extract(epoch FROM TIMESTAMPTZ '" + AS_OF + "' - stage_entered_at) / 86400, 0)::float8"
                    + " FROM crm_contacts WHERE stage IN ('cold','awareness','consideration','decision','call_booked')) s"
                    + " JOIN " + bins + " AS b(bin, lo, hi) ON b.lo <= s.age GROUP BY 1, 2, 3";
            String openByAge = "SELECT stage, offer_tag, floor(extract(epoch FROM TIMESTAMPTZ '" + AS_OF + "' - stage_entered_at) / 86400) AS days,"
                    + " count(*) AS n FROM crm_contacts WHERE stage IN ('cold','awareness','consideration','decision','call_booked') GROUP BY 1, 2, 3";
            String leads = "SELECT coalesce(ft.from_stage, c.stage) AS first_stage, c.offer_tag, count(*) FROM crm_contacts c"
                    + " LEFT JOIN LATERAL (SELECT t.from_stage FROM actp_stage_transitions t WHERE t.contact_id = c.id"
                    + " ORDER BY t.transitioned_at LIMIT 1) ft ON true"
                    + " WHERE c.first_contact_at > TIMESTAMPTZ '" + AS_OF + "' - interval '28 days' GROUP BY 1, 2";
            String wonByOffer = "SELECT offer_tag, count(*), sum(amount) FROM actp_revenue_events WHERE event_type = 'deal_won' GROUP BY 1";
            String replies = "SELECT count(*) AS sends, count(replied_at) AS replies FROM actp_email_sends "
                    + "WHERE sent_at >= TIMESTAMPTZ '" + AS_OF + "' - interval '14 days'";
            Map<String, List<String>> floors = Map.of(
                    "--pipeline", List.of(open),
                    "--forecast", List.of(spells, openByAge, cohorts, durations, leads, wonByOffer),
                    "--velocity", List.of(open, cohorts, durations),
                    "--mtd", List.of("SELECT event_type, count(*) AS n, sum(amount) AS total FROM actp_revenue_events "
                            + "WHERE closed_at >= '2026-03-01' AND closed_at <= '" + AS_OF + "' GROUP BY 1"),
                    "--conversion-rates", List.of(cohorts),
                    "--top-sources", List.of("SELECT platform_source, niche_source, sum(amount) AS revenue FROM actp_revenue_events "
                            + "WHERE closed_at > TIMESTAMPTZ '" + AS_OF + "' - interval '90 days' GROUP BY 1, 2"),
                    "--alert-check", List.of(spells, openByAge, cohorts, durations, leads, wonByOffer, replies));
            System.out.printf("%n%-24s %10s %10s %10s %8s%n", "computation", "cold ms", "warm ms", "floor ms", "ratio");
            for (Map.Entry<String, Supplier<Object>> c : computations.entrySet()) {
                double cold = time(c.getValue());
                double warm = median(c.getValue());
                double floor = floors.containsKey(c.getKey()) ? 0 : Double.NaN;
                for (String sql : floors.getOrDefault(c.getKey(), List.of())) {
                    floor += median(() -> db.jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list()));
                }
                System.out.printf("%-24s %10.0f %10.0f %10s %8s%n", c.getKey(), cold, warm, Double.isNaN(floor) ? "—" : String.format("%.0f", floor),
                        Double.isNaN(floor) ? "—" : String.format("%.1f×", warm / floor));
            }
            CommitCost.report(db);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("%nheap used after the runs: %.0f MB (max %.0f MB)%n", (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
            System.out.println("The console's time to a painted dashboard is in the app log: \"First screen loaded … ms after the database was up\".");
        }
    }

    private static double time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(Supplier<?> work) {
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = time(work);
        }
        java.util.Arrays.sort(runs);
        return runs[2];
    }
}
