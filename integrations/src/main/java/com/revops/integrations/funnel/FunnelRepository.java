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
    /** Days of snapshots the step rates are computed over. */
    public static final int WINDOW_DAYS = 30;
    private final Jdbi jdbi;

    public FunnelRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The funnel as of the latest snapshot at or before {@code day}; rates from the last 30 days of snapshots. */
    public Optional<FunnelStatus> latestStatus(LocalDate day) {
        return latest(day).map(FunnelReading::status);
    }

    /**
     * The latest snapshot at or before {@code day} that has paying users (its date, paying users, MRR
     * and month-1 retention), with the volumes of the 30 snapshot days up to {@code day} summed and
     * the step rates computed from those sums. Paid conversions are the snapshots' recorded purchases.
     * When later snapshots lack paying users (RevenueCat was not there), the reading keeps these last
     * values and says since which snapshot day the source has been unavailable.
     */
    public Optional<FunnelReading> latest(LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH latest AS (
                            SELECT * FROM actp_funnel_snapshots WHERE snapshot_date <= :day AND paying_users IS NOT NULL
                             ORDER BY snapshot_date DESC LIMIT 1),
                        window30 AS (
                            SELECT coalesce(sum(impressions), 0) AS impressions, coalesce(sum(clicks), 0) AS clicks,
                                   coalesce(sum(signups), 0) AS signups, coalesce(sum(trials), 0) AS trials,
                                   coalesce(sum(purchases), 0) AS purchases
                              FROM actp_funnel_snapshots WHERE snapshot_date > :day - 30 AND snapshot_date <= :day)
                        SELECT l.snapshot_date, l.paying_users, l.mrr_usd, l.month1_retention, w.*,
                               (SELECT min(u.snapshot_date) FROM actp_funnel_snapshots u
                                 WHERE u.snapshot_date > l.snapshot_date AND u.snapshot_date <= :day AND u.paying_users IS NULL)
                                 AS unavailable_since
                          FROM latest l CROSS JOIN window30 w""")
                .bind("day", day)
                .map((rs, ctx) -> {
                    FunnelCounts counts = new FunnelCounts(rs.getLong("impressions"), rs.getLong("clicks"), rs.getLong("signups"),
                            rs.getLong("trials"), rs.getLong("purchases"), Optional.ofNullable(rs.getBigDecimal("month1_retention")));
                    FunnelStatus status = FunnelStatus.of(rs.getLong("paying_users"),
                            Optional.ofNullable(rs.getBigDecimal("mrr_usd")).orElse(BigDecimal.ZERO), counts);
                    return new FunnelReading(rs.getObject("snapshot_date", LocalDate.class), day.minusDays(WINDOW_DAYS - 1L), day,
                            status, counts, Optional.ofNullable(rs.getObject("unavailable_since", LocalDate.class)));
                })
                .findOne());
    }

    /** Paying users and MRR per snapshot day since {@code from} that has them, for the chart. */
    public List<DayPoint> history(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT snapshot_date, paying_users, mrr_usd FROM actp_funnel_snapshots
                         WHERE snapshot_date >= :from AND snapshot_date <= :to AND paying_users IS NOT NULL ORDER BY snapshot_date""")
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> new DayPoint(rs.getObject("snapshot_date", LocalDate.class), rs.getLong("paying_users"),
                        Optional.ofNullable(rs.getBigDecimal("mrr_usd")).orElse(BigDecimal.ZERO)))
                .list());
    }

    /**
     * The latest snapshot's status and the volumes of the window [from, to] its rates come from; {@code unavailableSince}:
     * the first later snapshot day without paying users, when there is one (its source was unavailable from then on).
     */
    public record FunnelReading(LocalDate snapshotDate, LocalDate windowFrom, LocalDate windowTo, FunnelStatus status, FunnelCounts counts,
                                Optional<LocalDate> unavailableSince) {
    }

    public record DayPoint(LocalDate day, long payingUsers, BigDecimal mrr) {
    }
}
