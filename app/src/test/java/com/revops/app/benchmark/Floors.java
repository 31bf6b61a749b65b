package com.revops.app.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.revops.domain.revenue.MonthToDate;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.TimeInStage;
import com.revops.domain.revenue.TopSources;
import com.revops.integrations.db.Database;
import com.revops.integrations.revenue.RevenueEngine;

/**
 * The honest floors of SPEC §10: for each computation, plain SQL written on its own (not the app's
 * queries) that returns the <em>same numbers</em> — the same as-of state of each contact, the same
 * grouping, the same windows — so its time is what PostgreSQL needs for the answer. {@link #check}
 * compares the floor's numbers with the app's and names every difference; a floor that disagrees is
 * not a floor.
 */
final class Floors {
    private static final String OPEN = "('cold','awareness','consideration','decision','call_booked')";
    private static final String REVENUE = "('deal_won','upsell','recurring_payment')";

    /** Each contact's stage at :asOf, written directly: the stage it is in if it entered it by then, else where its transitions put it. */
    static final String PIPELINE = """
            WITH mean AS (SELECT coalesce(avg(avg_deal_value), 0) AS v FROM actp_offers),
            st AS (
                SELECT c.offer_tag,
                       CASE WHEN c.stage_entered_at <= CAST(:asOf AS timestamptz) THEN c.stage
                            ELSE coalesce((SELECT t.to_stage FROM actp_stage_transitions t
                                            WHERE t.contact_id = c.id AND t.transitioned_at <= CAST(:asOf AS timestamptz)
                                            ORDER BY t.transitioned_at DESC LIMIT 1),
                                          (SELECT t.from_stage FROM actp_stage_transitions t
                                            WHERE t.contact_id = c.id ORDER BY t.transitioned_at LIMIT 1),
                                          c.stage) END AS stage
                  FROM crm_contacts c
                 WHERE c.first_contact_at IS NULL OR c.first_contact_at <= CAST(:asOf AS timestamptz))
            SELECT st.stage, count(*) AS contacts, sum(coalesce(o.avg_deal_value, mean.v)) AS value
              FROM st CROSS JOIN mean LEFT JOIN actp_offers o ON o.offer_tag = lower(trim(st.offer_tag))
             WHERE st.stage IN """ + OPEN + " GROUP BY st.stage";

    static final String MTD = """
            SELECT coalesce(sum(amount) FILTER (WHERE event_type IN""" + REVENUE + """
            ), 0) AS revenue,
                   count(*) FILTER (WHERE event_type = 'deal_won') AS deals,
                   coalesce(sum(amount) FILTER (WHERE event_type = 'churn'), 0) AS churned
              FROM actp_revenue_events
             WHERE closed_at >= date_trunc('month', CAST(:asOf AS timestamptz) AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
               AND closed_at <= CAST(:asOf AS timestamptz)""";

    static final String TOP_PLATFORMS = """
            SELECT coalesce(nullif(trim(platform_source), ''), '(unknown platform)') AS name,
                   count(*) FILTER (WHERE event_type = 'deal_won') AS deals,
                   coalesce(sum(amount) FILTER (WHERE event_type IN""" + REVENUE + """
            ), 0) AS revenue
              FROM actp_revenue_events
             WHERE closed_at >= CAST(:asOf AS timestamptz) - interval '90 days' AND closed_at <= CAST(:asOf AS timestamptz)
             GROUP BY 1""";

    /**
     * Per open stage left: the transitions out of it by :asOf and the mean days spent in it before each. A
     * window over the transitions is the fastest plain SQL for these numbers found (a correlated "previous
     * transition" lookup is several times slower), so this floor is the app's method; its ratio measures what
     * the app adds around it.
     */
    static final String TIME_IN_STAGE = """
            SELECT from_stage AS stage, count(*) AS transitions,
                   avg(greatest(0, extract(epoch FROM transitioned_at - entry) / 86400)) AS mean_days
              FROM (SELECT t.from_stage, t.transitioned_at,
                           coalesce(lag(t.transitioned_at) OVER (PARTITION BY t.contact_id ORDER BY t.transitioned_at),
                                    c.first_contact_at) AS entry
                      FROM actp_stage_transitions t JOIN crm_contacts c ON c.id = t.contact_id
                     WHERE t.transitioned_at <= CAST(:asOf AS timestamptz)) x
             WHERE entry IS NOT NULL AND from_stage IN""" + OPEN + " GROUP BY 1";

    /**
     * The hazard model's spell table (SPEC §4) from the raw rows: each contact's stage and entry at :asOf, every
     * finished spell (entry = the previous transition or the first contact) and every open one censored at :asOf,
     * split across the age bins in seconds. Written without the read model, the app's CTEs or its views.
     */
    static final String FORECAST_SPELLS = """
            WITH st AS (
                SELECT CASE WHEN c.stage_entered_at <= CAST(:asOf AS timestamptz) THEN c.stage
                            ELSE coalesce((SELECT t.to_stage FROM actp_stage_transitions t
                                            WHERE t.contact_id = c.id AND t.transitioned_at <= CAST(:asOf AS timestamptz)
                                            ORDER BY t.transitioned_at DESC LIMIT 1),
                                          (SELECT t.from_stage FROM actp_stage_transitions t
                                            WHERE t.contact_id = c.id ORDER BY t.transitioned_at LIMIT 1),
                                          c.stage) END AS stage,
                       CASE WHEN c.stage_entered_at <= CAST(:asOf AS timestamptz) THEN c.stage_entered_at
                            ELSE coalesce((SELECT max(t.transitioned_at) FROM actp_stage_transitions t
                                            WHERE t.contact_id = c.id AND t.transitioned_at <= CAST(:asOf AS timestamptz)),
                                          c.first_contact_at, c.stage_entered_at) END AS entered
                  FROM crm_contacts c
                 WHERE c.first_contact_at IS NULL OR c.first_contact_at <= CAST(:asOf AS timestamptz)),
            moves AS (
                SELECT t.from_stage, t.to_stage, t.transitioned_at,
                       coalesce(lag(t.transitioned_at) OVER (PARTITION BY t.contact_id ORDER BY t.transitioned_at, t.id),
                                c.first_contact_at) AS entered
                  FROM actp_stage_transitions t JOIN crm_contacts c ON c.id = t.contact_id
                 WHERE t.transitioned_at <= CAST(:asOf AS timestamptz)),
            spells AS (
                SELECT from_stage AS stage,
                       CASE WHEN to_stage = 'closed_lost' OR revops_stage_rank(to_stage) > revops_stage_rank(from_stage) THEN to_stage END
                           AS outcome,
                       greatest(0, extract(epoch FROM transitioned_at - entered)) AS secs
                  FROM moves WHERE entered IS NOT NULL AND from_stage IN""" + OPEN + """
                UNION ALL
                SELECT stage, NULL, greatest(0, extract(epoch FROM CAST(:asOf AS timestamptz) - entered)) FROM st WHERE stage IN""" + OPEN + """
            ),
            bins(bin, lo, hi) AS (VALUES (0, 0, 1), (1, 1, 2), (2, 2, 3), (3, 3, 4), (4, 4, 5), (5, 5, 6), (6, 6, 7), (7, 7, 10),
                (8, 10, 14), (9, 14, 21), (10, 21, 28), (11, 28, 42), (12, 42, 56), (13, 56, 90), (14, 90, 120), (15, 120, 180),
                (16, 180, 365), (17, 365, NULL))
            SELECT s.stage, b.bin, coalesce(s.outcome, '') AS outcome,
                   sum(coalesce(least(s.secs, b.hi * 86400), s.secs) - b.lo * 86400) / 86400 AS exposure,
                   count(*) FILTER (WHERE s.outcome IS NOT NULL AND (b.hi IS NULL OR s.secs < b.hi * 86400)) AS events
              FROM spells s JOIN bins b ON s.secs >= b.lo * 86400
             GROUP BY 1, 2, 3""";

    private Floors() {
    }

    /** The floor queries of each computation that has one (the sum of their times is its floor). */
    static Map<String, List<String>> queries() {
        Map<String, List<String>> floors = new LinkedHashMap<>();
        floors.put("--pipeline", List.of(PIPELINE));
        floors.put("--mtd", List.of(MTD));
        floors.put("--top-sources", List.of(TOP_PLATFORMS));
        floors.put("time in stage", List.of(TIME_IN_STAGE));
        floors.put("forecast spell table", List.of(FORECAST_SPELLS));
        return floors;
    }

    static List<Map<String, Object>> run(Database db, String sql, Instant asOf) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).bind("asOf", asOf.atOffset(ZoneOffset.UTC)).mapToMap().list());
    }

    /** The differences between the app's numbers and the floor's for {@code name}; empty when they agree. */
    static List<String> check(String name, Database db, RevenueEngine engine, Instant asOf) {
        List<String> differences = new ArrayList<>();
        switch (name) {
            case "--pipeline" -> {
                Map<String, Map<String, Object>> floor = byKey(run(db, PIPELINE, asOf), "stage");
                for (PipelineSummary.StageLine line : engine.pipeline(asOf).stages()) {
                    Map<String, Object> row = floor.getOrDefault(line.stage().code(), Map.of("contacts", 0L, "value", BigDecimal.ZERO));
                    same(differences, line.stage().code() + " contacts", BigDecimal.valueOf(line.contacts()), row.get("contacts"));
                    same(differences, line.stage().code() + " value", line.value(), row.get("value"));
                }
            }
            case "--mtd" -> {
                MonthToDate mtd = engine.monthToDate(asOf);
                Map<String, Object> row = run(db, MTD, asOf).get(0);
                same(differences, "revenue", mtd.revenue(), row.get("revenue"));
                same(differences, "deals closed", BigDecimal.valueOf(mtd.dealsClosed()), row.get("deals"));
                same(differences, "churned", mtd.churned(), row.get("churned"));
            }
            case "--top-sources" -> {
                Map<String, Map<String, Object>> floor = byKey(run(db, TOP_PLATFORMS, asOf), "name");
                List<TopSources.Ranked> platforms = engine.topSources(asOf).platforms();
                if (platforms.size() != floor.size()) {
                    differences.add("platforms: app " + platforms.size() + ", floor " + floor.size());
                }
                for (TopSources.Ranked p : platforms) {
                    Map<String, Object> row = floor.getOrDefault(p.name(), Map.of("deals", -1L, "revenue", BigDecimal.ONE.negate()));
                    same(differences, p.name() + " deals", BigDecimal.valueOf(p.deals()), row.get("deals"));
                    same(differences, p.name() + " revenue", p.revenue(), row.get("revenue"));
                }
            }
            case "time in stage" -> {
                Map<String, Map<String, Object>> floor = byKey(run(db, TIME_IN_STAGE, asOf), "stage");
                for (TimeInStage.Line line : engine.timeInStage(asOf).lines()) {
                    Map<String, Object> row = floor.getOrDefault(line.stage().code(), Map.of("transitions", 0L));
                    same(differences, line.stage().code() + " transitions", BigDecimal.valueOf(line.transitions()), row.get("transitions"));
                    Optional<BigDecimal> floorDays = Optional.ofNullable((BigDecimal) row.get("mean_days"));
                    if (!line.observedDays().map(Floors::sixDecimals).equals(floorDays.map(Floors::sixDecimals))) {
                        differences.add(line.stage().code() + " mean days: app " + line.observedDays() + ", floor " + floorDays);
                    }
                }
            }
            case "forecast spell table" -> {
                Map<String, Map<String, Object>> floor = new TreeMap<>();
                run(db, FORECAST_SPELLS, asOf).forEach(r -> floor.put(r.get("stage") + "/" + r.get("bin") + "/" + r.get("outcome"), r));
                var cells = engine.spellTable(asOf);
                if (cells.size() != floor.size()) {
                    differences.add("cells: app " + cells.size() + ", floor " + floor.size());
                }
                for (var cell : cells) {
                    String key = cell.stage().code() + "/" + cell.bin() + "/" + cell.outcome().map(o -> o.code()).orElse("");
                    Map<String, Object> row = floor.get(key);
                    if (row == null) {
                        differences.add(key + ": not in the floor");
                        continue;
                    }
                    same(differences, key + " events", BigDecimal.valueOf(cell.events()), row.get("events"));
                    BigDecimal exposure = (BigDecimal) row.get("exposure");
                    if (Math.abs(exposure.doubleValue() - cell.exposureDays()) > 1e-9 * Math.max(1, cell.exposureDays())) {
                        differences.add(key + " exposure days: app " + cell.exposureDays() + ", floor " + exposure);
                    }
                }
            }
            default -> differences.add("no floor for " + name);
        }
        return differences;
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> rows, String key) {
        Map<String, Map<String, Object>> byKey = new TreeMap<>();
        rows.forEach(r -> byKey.put(String.valueOf(r.get(key)), r));
        return byKey;
    }

    /** Money and counts compared to the cent. */
    private static void same(List<String> differences, String what, BigDecimal app, Object floor) {
        BigDecimal f = floor instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(floor));
        if (app.setScale(2, RoundingMode.HALF_UP).compareTo(f.setScale(2, RoundingMode.HALF_UP)) != 0) {
            differences.add(what + ": app " + app + ", floor " + f);
        }
    }

    private static BigDecimal sixDecimals(BigDecimal days) {
        return days.round(MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_UP);
    }
}
