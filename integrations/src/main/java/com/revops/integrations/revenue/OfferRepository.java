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
    /**
     * The timeline entries that are an outreach item sent by the operator: what the outreach queue writes
     * for a sent DM, LinkedIn message or connection note, and Upwork proposal (SentOutreach). Email
     * sequence sends are the worker's, not the operator's time.
     */
    static final String OUTREACH_SENT = "('dm_sent', 'linkedin_connect', 'upwork_proposal')";
    private static final int COUNTS = 7;
    private final Jdbi jdbi;

    public OfferRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * What each offer × platform × niche did in [from, to]. Whatever has no offer tag is the offer
     * "(no offer)" and whatever has no platform the platform "(unknown platform)" ({@link Unattributed}),
     * so the rows' revenue adds up to all revenue of the window. Outreach items sent and calls booked
     * (transitions into call_booked) count under the contact's offer, platform and niche; a sent queue
     * item without a contact (an Upwork proposal) under "(no offer)" and its platform
     * (docs/decisions/0036-offer-roi-with-operator-time.md).
     */
    public List<OfferActivity> activity(Instant from, Instant to) {
        return jdbi.withHandle(h -> {
            // impressions, engagements, dm starts, entries, deals, outreach sent, calls booked
            Map<Key, long[]> counts = new LinkedHashMap<>();
            Map<Key, BigDecimal[]> money = new HashMap<>();  // revenue, ad spend
            query(h, """
                    SELECT offer_tag, platform, niche,
                           sum(impressions) AS a, sum(engagements) AS b, sum(dm_starts) AS c
                      FROM actp_content_performance
                     WHERE published_at >= :from AND published_at <= :to
                     GROUP BY 1, 2, 3""", from, to).forEach(r -> {
                        long[] v = counts.computeIfAbsent(key(r), k -> new long[COUNTS]);
                        v[0] += num(r.get("a"));
                        v[1] += num(r.get("b"));
                        v[2] += num(r.get("c"));
                    });
            query(h, """
                    SELECT offer_tag, platform, niche, count(*) AS a
                      FROM crm_contacts
                     WHERE first_contact_at >= :from AND first_contact_at <= :to
                     GROUP BY 1, 2, 3""", from, to).forEach(r -> counts.computeIfAbsent(key(r), k -> new long[COUNTS])[3] += num(r.get("a")));
            query(h, """
                    SELECT offer_tag, platform_source AS platform, niche_source AS niche,
                           count(*) FILTER (WHERE event_type = 'deal_won') AS a,
                           coalesce(sum(amount) FILTER (WHERE %s), 0) AS revenue
                      FROM actp_revenue_events
                     WHERE closed_at >= :from AND closed_at <= :to
                     GROUP BY 1, 2, 3""".formatted(RevenueEventsSql.IS_REVENUE), from, to).forEach(r -> {
                        counts.computeIfAbsent(key(r), k -> new long[COUNTS])[4] += num(r.get("a"));
                        BigDecimal[] m = money.computeIfAbsent(key(r), k -> zeros());
                        m[0] = m[0].add((BigDecimal) r.get("revenue"));
                    });
            query(h, """
                    SELECT coalesce(a.offer_tag, p.offer_tag) AS offer_tag, coalesce(p.platform, a.platform) AS platform,
                           p.niche AS niche, coalesce(sum(a.spend_usd), 0) AS spend
                      FROM actp_ad_campaigns a
                      LEFT JOIN actp_content_performance p ON p.post_id = a.source_post_id
                     WHERE coalesce(a.started_at, a.created_at) >= :from AND coalesce(a.started_at, a.created_at) <= :to
                     GROUP BY 1, 2, 3""", from, to).forEach(r -> {
                        counts.computeIfAbsent(key(r), k -> new long[COUNTS]);
                        BigDecimal[] m = money.computeIfAbsent(key(r), k -> zeros());
                        m[1] = m[1].add((BigDecimal) r.get("spend"));
                    });
            query(h, """
                    SELECT c.offer_tag, c.platform, c.niche, count(*) AS a
                      FROM actp_interactions i JOIN crm_contacts c ON c.id = i.contact_id
                     WHERE i.type IN %s AND i.created_at >= :from AND i.created_at <= :to
                     GROUP BY 1, 2, 3
                    UNION ALL
                    SELECT NULL, q.platform, NULL, count(*)
                      FROM actp_outreach_queue q
                     WHERE q.contact_id IS NULL AND q.status = 'sent' AND q.sent_at >= :from AND q.sent_at <= :to
                     GROUP BY 2""".formatted(OUTREACH_SENT), from, to)
                    .forEach(r -> counts.computeIfAbsent(key(r), k -> new long[COUNTS])[5] += num(r.get("a")));
            query(h, """
                    SELECT c.offer_tag, c.platform, c.niche, count(*) AS a
                      FROM actp_stage_transitions t JOIN crm_contacts c ON c.id = t.contact_id
                     WHERE t.to_stage = 'call_booked' AND t.transitioned_at >= :from AND t.transitioned_at <= :to
                     GROUP BY 1, 2, 3""", from, to)
                    .forEach(r -> counts.computeIfAbsent(key(r), k -> new long[COUNTS])[6] += num(r.get("a")));
            List<OfferActivity> activity = new ArrayList<>();
            counts.forEach((k, v) -> {
                BigDecimal[] m = money.getOrDefault(k, zeros());
                activity.add(new OfferActivity(k.offer(), k.platform(), k.niche(), v[0], v[1], v[2], v[3], v[4], m[0], m[1], v[5], v[6]));
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

    /**
     * Replaces the period's rows of {@code actp_offer_performance} (the 05:00 job, SPEC §8), with the cost broken
     * down. Returns how many rows were written: the rows given (a batched insert reports no count per row).
     */
    public int store(List<OfferPerformance> rows, LocalDate periodStart, LocalDate periodEnd) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM actp_offer_performance WHERE period_start = :start")
                    .bind("start", periodStart).execute();
            if (rows.isEmpty()) {
                return 0;
            }
            var batch = h.prepareBatch("""
                    INSERT INTO actp_offer_performance (offer_tag, platform, niche, impressions, engagements, dm_starts,
                        pipeline_entries, deals_closed, revenue_generated, conversion_rate, cost_usd, ad_spend_usd, ai_credits_usd,
                        operator_time_usd, outreach_sent, calls_booked, roi, period_start, period_end, updated_at)
                    VALUES (:offer, :platform, :niche, :impressions, :engagements, :dm, :entries, :deals, :revenue, :conversion,
                            :cost, :ads, :ai, :time, :outreach, :calls, :roi, :start, :end, now())""");
            for (OfferPerformance r : rows) {
                batch.bind("offer", r.offerTag()).bind("platform", r.platform()).bind("niche", r.niche().orElse(null))
                        .bind("impressions", clamp(r.impressions())).bind("engagements", clamp(r.engagements()))
                        .bind("dm", clamp(r.dmStarts())).bind("entries", clamp(r.pipelineEntries())).bind("deals", clamp(r.deals()))
                        .bind("revenue", r.revenue()).bind("conversion", r.conversion().map(c -> c.min(BigDecimal.ONE)).orElse(null))
                        .bind("cost", cents(r.cost())).bind("ads", cents(r.costs().adSpend())).bind("ai", cents(r.costs().aiCredits()))
                        .bind("time", cents(r.costs().operatorTime())).bind("outreach", clamp(r.costs().outreachSent()))
                        .bind("calls", clamp(r.costs().callsBooked()))
                        .bind("roi", r.roi().map(x -> x.setScale(4, java.math.RoundingMode.HALF_UP)).orElse(null))
                        .bind("start", periodStart).bind("end", periodEnd).add();
            }
            batch.execute();
            return rows.size();
        });
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP);
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
