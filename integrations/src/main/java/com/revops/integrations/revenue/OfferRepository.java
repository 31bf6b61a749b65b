package com.revops.integrations.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.revops.domain.revenue.AutomationRoi;
import com.revops.domain.revenue.OfferActivity;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.Unattributed;
import com.revops.integrations.db.SqlTime;

/** Aggregates behind offer performance and automation ROI, and the daily {@code actp_offer_performance} refresh. */
public final class OfferRepository {
    private final Jdbi jdbi;

    public OfferRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * What each offer × platform × niche did in [from, to]. Whatever has no offer tag is the offer
     * "(no offer)" and whatever has no platform the platform "(unknown platform)" ({@link Unattributed}),
     * so the rows' revenue adds up to all revenue of the window.
     */
    public List<OfferActivity> activity(Instant from, Instant to) {
        return jdbi.withHandle(h -> {
            Map<Key, long[]> counts = new LinkedHashMap<>(); // impressions, engagements, dm starts, entries, deals
            Map<Key, BigDecimal[]> money = new HashMap<>();  // revenue, ad spend
            query(h, """
                    SELECT offer_tag, platform, niche,
                           sum(impressions) AS a, sum(engagements) AS b, sum(dm_starts) AS c
                      FROM actp_content_performance
                     WHERE published_at >= :from AND published_at <= :to
                     GROUP BY 1, 2, 3""", from, to).forEach(r -> {
                        long[] v = counts.computeIfAbsent(key(r), k -> new long[5]);
                        v[0] += num(r.get("a"));
                        v[1] += num(r.get("b"));
                        v[2] += num(r.get("c"));
                    });
            query(h, """
                    SELECT offer_tag, platform, niche, count(*) AS a
                      FROM crm_contacts
                     WHERE first_contact_at >= :from AND first_contact_at <= :to
                     GROUP BY 1, 2, 3""", from, to).forEach(r -> counts.computeIfAbsent(key(r), k -> new long[5])[3] += num(r.get("a")));
            query(h, """
                    SELECT offer_tag, platform_source AS platform, niche_source AS niche,
                           count(*) FILTER (WHERE event_type = 'deal_won') AS a,
                           coalesce(sum(amount) FILTER (WHERE %s), 0) AS revenue
                      FROM actp_revenue_events
                     WHERE closed_at >= :from AND closed_at <= :to
                     GROUP BY 1, 2, 3""".formatted(RevenueEventsSql.IS_REVENUE), from, to).forEach(r -> {
                        counts.computeIfAbsent(key(r), k -> new long[5])[4] += num(r.get("a"));
                        money.computeIfAbsent(key(r), k -> zeros())[0] = (BigDecimal) r.get("revenue");
                    });
            query(h, """
                    SELECT coalesce(a.offer_tag, p.offer_tag) AS offer_tag, coalesce(p.platform, a.platform) AS platform,
                           p.niche AS niche, coalesce(sum(a.spend_usd), 0) AS spend
                      FROM actp_ad_campaigns a
                      LEFT JOIN actp_content_performance p ON p.post_id = a.source_post_id
                     WHERE coalesce(a.started_at, a.created_at) >= :from AND coalesce(a.started_at, a.created_at) <= :to
                     GROUP BY 1, 2, 3""", from, to).forEach(r -> {
                        counts.computeIfAbsent(key(r), k -> new long[5]);
                        money.computeIfAbsent(key(r), k -> zeros())[1] = (BigDecimal) r.get("spend");
                    });
            List<OfferActivity> activity = new ArrayList<>();
            counts.forEach((k, v) -> {
                BigDecimal[] m = money.getOrDefault(k, zeros());
                activity.add(new OfferActivity(k.offer(), k.platform(), k.niche(), v[0], v[1], v[2], v[3], v[4], m[0], m[1]));
            });
            return activity;
        });
    }

    /** AI credit cost tagged with each offer in [from, to]. */
    public Map<String, BigDecimal> creditCostByOffer(Instant from, Instant to) {
        Map<String, BigDecimal> costs = new HashMap<>();
        jdbi.useHandle(h -> query(h, """
                SELECT offer_tag, sum(cost_usd) AS cost FROM revops_credit_costs
                 WHERE offer_tag IS NOT NULL AND created_at >= :from AND created_at <= :to
                 GROUP BY offer_tag""", from, to).forEach(r -> costs.put((String) r.get("offer_tag"), (BigDecimal) r.get("cost"))));
        return costs;
    }

    /** Automation ROI over [from, to] (one month). */
    public List<AutomationRoi> automationRoi(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("""
                         SELECT a.name, a.hours_saved_per_month, a.hourly_rate_usd, a.monthly_cost_usd,
                                (SELECT coalesce(sum(e.amount), 0) FROM actp_revenue_events e
                                  WHERE e.automation = a.name AND %s
                                    AND e.closed_at >= :from AND e.closed_at <= :to) AS revenue,
                                (SELECT coalesce(sum(u.cost_usd), 0) FROM revops_credit_costs u
                                  WHERE u.task_type = ANY(a.task_types) AND u.created_at >= :from AND u.created_at <= :to) AS credits
                           FROM actp_automations a
                          WHERE a.active
                          ORDER BY a.name""".formatted(RevenueEventsSql.isRevenue("e.")))
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to))
                .map((rs, ctx) -> AutomationRoi.of(rs.getString("name"), rs.getBigDecimal("hours_saved_per_month"),
                        rs.getBigDecimal("hourly_rate_usd"), rs.getBigDecimal("revenue"), rs.getBigDecimal("monthly_cost_usd"),
                        rs.getBigDecimal("credits")))
                .list());
    }

    /** Replaces the period's rows of {@code actp_offer_performance} (the 05:00 job, SPEC §8). */
    public int store(List<OfferPerformance> rows, LocalDate periodStart, LocalDate periodEnd) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM actp_offer_performance WHERE period_start = :start")
                    .bind("start", periodStart).execute();
            var batch = h.prepareBatch("""
                    INSERT INTO actp_offer_performance (offer_tag, platform, niche, impressions, engagements, dm_starts,
                        pipeline_entries, deals_closed, revenue_generated, conversion_rate, cost_usd, roi, period_start, period_end, updated_at)
                    VALUES (:offer, :platform, :niche, :impressions, :engagements, :dm, :entries, :deals, :revenue, :conversion,
                            :cost, :roi, :start, :end, now())""");
            for (OfferPerformance r : rows) {
                batch.bind("offer", r.offerTag()).bind("platform", r.platform()).bind("niche", r.niche().orElse(null))
                        .bind("impressions", clamp(r.impressions())).bind("engagements", clamp(r.engagements()))
                        .bind("dm", clamp(r.dmStarts())).bind("entries", clamp(r.pipelineEntries())).bind("deals", clamp(r.deals()))
                        .bind("revenue", r.revenue()).bind("conversion", r.conversion().map(c -> c.min(BigDecimal.ONE)).orElse(null))
                        .bind("cost", r.cost().setScale(2, java.math.RoundingMode.HALF_UP)).bind("roi", r.roi().orElse(null))
                        .bind("start", periodStart).bind("end", periodEnd).add();
            }
            return rows.isEmpty() ? 0 : java.util.Arrays.stream(batch.execute()).sum();
        });
    }

    private static int clamp(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    private static List<Map<String, Object>> query(Handle h, String sql, Instant from, Instant to) {
        return h.createQuery(sql).bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to)).mapToMap().list();
    }

    private static Key key(Map<String, Object> row) {
        return new Key(Unattributed.offer((String) row.get("offer_tag")), Unattributed.platform((String) row.get("platform")),
                Optional.ofNullable((String) row.get("niche")));
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private record Key(String offer, String platform, Optional<String> niche) {
    }
}
