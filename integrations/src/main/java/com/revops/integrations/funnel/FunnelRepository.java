package com.revops.integrations.funnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.funnel.FunnelCounts;
import com.revops.domain.funnel.FunnelStatus;

/** Reads {@code actp_funnel_snapshots} (written daily by the funnel snapshot job). */
public final class FunnelRepository {
    private final Jdbi jdbi;

    public FunnelRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The funnel as of the latest snapshot at or before {@code day}; rates from the last 30 days of snapshots. */
    public Optional<FunnelStatus> latestStatus(LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH latest AS (
                            SELECT * FROM actp_funnel_snapshots WHERE snapshot_date <= :day AND paying_users IS NOT NULL
                             ORDER BY snapshot_date DESC LIMIT 1),
                        window30 AS (
                            SELECT coalesce(sum(impressions), 0) AS impressions, coalesce(sum(clicks), 0) AS clicks,
                                   coalesce(sum(signups), 0) AS signups, coalesce(sum(trials), 0) AS trials,
                                   coalesce(sum(round(trials * trial_to_paid)), 0) AS purchases
                              FROM actp_funnel_snapshots WHERE snapshot_date > :day - 30 AND snapshot_date <= :day)
                        SELECT l.paying_users, l.mrr_usd, l.month1_retention, w.*
                          FROM latest l CROSS JOIN window30 w""")
                .bind("day", day)
                .map((rs, ctx) -> FunnelStatus.of(rs.getLong("paying_users"),
                        Optional.ofNullable(rs.getBigDecimal("mrr_usd")).orElse(BigDecimal.ZERO),
                        new FunnelCounts(rs.getLong("impressions"), rs.getLong("clicks"), rs.getLong("signups"), rs.getLong("trials"),
                                rs.getLong("purchases"), Optional.ofNullable(rs.getBigDecimal("month1_retention")))))
                .findOne());
    }

    /** Paying users and MRR per snapshot day since {@code from}, for the chart. */
    public List<DayPoint> history(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT snapshot_date, paying_users, mrr_usd FROM actp_funnel_snapshots
                         WHERE snapshot_date >= :from AND snapshot_date <= :to ORDER BY snapshot_date""")
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> new DayPoint(rs.getObject("snapshot_date", LocalDate.class), rs.getLong("paying_users"),
                        Optional.ofNullable(rs.getBigDecimal("mrr_usd")).orElse(BigDecimal.ZERO)))
                .list());
    }

    public record DayPoint(LocalDate day, long payingUsers, BigDecimal mrr) {
    }
}
