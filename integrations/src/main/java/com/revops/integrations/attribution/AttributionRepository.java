package com.revops.integrations.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.attribution.AttributionDimension;
import com.revops.domain.attribution.AttributionRow;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * Attribution by dimension (PRD-019 §4.5, SPEC §4) from {@code actp_attribution_events}: per value of
 * each dimension, the count of click, signup, trial and purchase events, Σ revenue_usd of the
 * purchases and Σ cost_usd of all its events, in one scan (grouping sets); CPA and ROAS are the
 * domain's ({@link AttributionRow}). Also writes the result to {@code actp_attribution_summary}.
 */
public final class AttributionRepository {
    /** {@code actp_attribution_summary.roas} is numeric(18,4), {@code cpa_usd} numeric(18,2). */
    private static final BigDecimal LARGEST_ROAS = new BigDecimal("99999999999999.9999");
    private static final BigDecimal LARGEST_CPA = new BigDecimal("9999999999999999.99");

    private final Jdbi jdbi;

    public AttributionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Every dimension's rows for events created in [from, to], each list ranked by revenue, then
     * purchases, then clicks. A dimension with no events has an empty list.
     */
    public Map<AttributionDimension, List<AttributionRow>> summaries(Instant from, Instant to) {
        Map<AttributionDimension, List<AttributionRow>> result = new EnumMap<>(AttributionDimension.class);
        for (AttributionDimension d : AttributionDimension.values()) {
            result.put(d, new ArrayList<>());
        }
        DatabaseErrors.withHandle(jdbi, "Summarising attribution", h -> h.createQuery(summarySql())
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to))
                .map((rs, ctx) -> {
                    AttributionDimension d = AttributionDimension.fromCode(rs.getString("dimension")).orElseThrow();
                    return AttributionRow.of(d, Optional.ofNullable(rs.getString("value")), rs.getLong("clicks"),
                            rs.getLong("signups"), rs.getLong("trials"), rs.getLong("purchases"), rs.getBigDecimal("revenue"),
                            rs.getBigDecimal("cost"));
                })
                .list())
                .forEach(row -> result.get(row.dimension()).add(row));
        Comparator<AttributionRow> ranked = Comparator.comparing(AttributionRow::revenue).reversed()
                .thenComparing(Comparator.comparingLong(AttributionRow::purchases).reversed())
                .thenComparing(Comparator.comparingLong(AttributionRow::clicks).reversed())
                .thenComparing(r -> r.value().orElse("\uffff"));
        result.values().forEach(list -> list.sort(ranked));
        return result;
    }

    /**
     * Writes {@code summaries} to {@code actp_attribution_summary}: one row per dimension value,
     * upserted on (dimension, value), and the rows of values that no longer occur removed — one
     * transaction, so a reader sees the old summary or the new one. Returns the rows written.
     */
    public int storeSummary(Map<AttributionDimension, List<AttributionRow>> summaries, Instant at) {
        return DatabaseErrors.inTransaction(jdbi, "Storing the attribution summary", h -> {
            int written = 0;
            for (Map.Entry<AttributionDimension, List<AttributionRow>> e : summaries.entrySet()) {
                List<String> kept = e.getValue().stream().map(r -> r.value().orElse("")).toList();
                h.createUpdate("""
                                DELETE FROM actp_attribution_summary
                                 WHERE dimension = :dimension AND NOT (coalesce(dimension_value, '') = ANY(:kept))""")
                        .bind("dimension", e.getKey().code()).bindArray("kept", String.class, kept.toArray()).execute();
                for (AttributionRow r : e.getValue()) {
                    written += h.createUpdate("""
                                    INSERT INTO actp_attribution_summary (dimension, dimension_value, clicks, signups, trials, purchases,
                                                                          revenue_usd, cpa_usd, roas, updated_at)
                                    VALUES (:dimension, :value, :clicks, :signups, :trials, :purchases, :revenue, :cpa, :roas, :at)
                                    ON CONFLICT (dimension, (coalesce(dimension_value, ''))) DO UPDATE SET
                                        clicks = excluded.clicks, signups = excluded.signups, trials = excluded.trials,
                                        purchases = excluded.purchases, revenue_usd = excluded.revenue_usd, cpa_usd = excluded.cpa_usd,
                                        roas = excluded.roas, updated_at = excluded.updated_at""")
                            .bind("dimension", r.dimension().code()).bind("value", r.value().orElse(null))
                            .bind("clicks", clamp(r.clicks())).bind("signups", clamp(r.signups())).bind("trials", clamp(r.trials()))
                            .bind("purchases", clamp(r.purchases())).bind("revenue", r.revenue().setScale(2, RoundingMode.HALF_UP))
                            .bind("cpa", r.cpa().map(c -> c.min(LARGEST_CPA).setScale(2, RoundingMode.HALF_UP)).orElse(null))
                            .bind("roas", r.roas().map(x -> x.min(LARGEST_ROAS).setScale(4, RoundingMode.HALF_UP)).orElse(null))
                            .bind("at", SqlTime.bind(at))
                            .execute();
                }
            }
            return written;
        });
    }

    /** The summary of [from, to] computed and stored in one call (what a scheduled job runs). */
    public int refreshSummary(Instant from, Instant to) {
        return storeSummary(summaries(from, to), to);
    }

    /** One query over every dimension: GROUPING SETS, with the set each row belongs to told apart by GROUPING(). */
    static String summarySql() {
        AttributionDimension[] dims = AttributionDimension.values();
        StringBuilder dimension = new StringBuilder("CASE");
        StringBuilder value = new StringBuilder("CASE");
        for (AttributionDimension d : dims) {
            // the codes are our enum's, never the operator's text
            dimension.append(" WHEN grouping(").append(d.code()).append(") = 0 THEN '").append(d.code()).append('\'');
            value.append(" WHEN grouping(").append(d.code()).append(") = 0 THEN ").append(d.code());
        }
        dimension.append(" END");
        value.append(" END");
        String sets = java.util.Arrays.stream(dims).map(d -> "(" + d.code() + ")").collect(Collectors.joining(", "));
        return "SELECT " + dimension + " AS dimension, " + value + " AS value," + """
                       count(*) FILTER (WHERE event_type = 'click') AS clicks,
                       count(*) FILTER (WHERE event_type = 'signup') AS signups,
                       count(*) FILTER (WHERE event_type = 'trial') AS trials,
                       count(*) FILTER (WHERE event_type = 'purchase') AS purchases,
                       coalesce(sum(revenue_usd) FILTER (WHERE event_type = 'purchase'), 0) AS revenue,
                       coalesce(sum(cost_usd), 0) AS cost
                  FROM actp_attribution_events
                 WHERE created_at >= :from AND created_at <= :to
                 GROUP BY GROUPING SETS (""" + sets + """
                )
                HAVING count(*) FILTER (WHERE event_type IN ('click', 'signup', 'trial', 'purchase')) > 0
                    OR coalesce(sum(cost_usd), 0) <> 0""";
    }

    private static int clamp(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
