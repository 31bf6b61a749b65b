package com.revops.integrations.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.Money;
import com.revops.domain.funnel.FunnelCounts;
import com.revops.domain.funnel.FunnelStep;
import com.revops.integrations.db.SqlTime;

/**
 * {@code actp_funnel_snapshots} and the app's own tables the funnel falls back to: impressions of
 * the content published in a period ({@code actp_content_performance}), clicks, signups, trials
 * and purchases recorded in it ({@code actp_attribution_events}). Aggregation happens in SQL.
 */
final class FunnelSnapshotRepository {
    private static final Duration MONTH = Duration.ofDays(30);
    private final Jdbi jdbi;

    FunnelSnapshotRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Paying users and MRR of the latest snapshot before {@code day} that has them. */
    Optional<PayingUsers> payingUsersBefore(LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT snapshot_date, paying_users, mrr_usd FROM actp_funnel_snapshots
                         WHERE snapshot_date < :day AND paying_users IS NOT NULL
                         ORDER BY snapshot_date DESC LIMIT 1""")
                .bind("day", day)
                .map((rs, ctx) -> new PayingUsers(rs.getObject("snapshot_date", LocalDate.class), rs.getLong("paying_users"),
                        Optional.ofNullable(rs.getBigDecimal("mrr_usd"))))
                .findOne());
    }

    /** Impressions of content published in [from, to) and attribution events by type recorded in it. */
    FunnelCounts localCounts(Instant from, Instant to) {
        long impressions = impressions(from, to);
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(*) FILTER (WHERE event_type = 'click') AS clicks,
                               count(*) FILTER (WHERE event_type = 'signup') AS signups,
                               count(*) FILTER (WHERE event_type = 'trial') AS trials,
                               count(*) FILTER (WHERE event_type = 'purchase') AS purchases
                          FROM actp_attribution_events
                         WHERE created_at >= :from AND created_at < :to""")
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to))
                .map((rs, ctx) -> new FunnelCounts(impressions, rs.getLong("clicks"), rs.getLong("signups"), rs.getLong("trials"),
                        rs.getLong("purchases"), Optional.empty()))
                .one());
    }

    /** Impressions of content published in [from, to). */
    long impressions(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT coalesce(sum(impressions), 0) FROM actp_content_performance
                         WHERE published_at >= :from AND published_at < :to""")
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to))
                .mapTo(Long.class).one());
    }

    /** Whether the app has recorded any cancellation (a churn attribution event) before {@code end}. */
    boolean churnRecorded(Instant end) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM actp_attribution_events WHERE event_type = 'churn' AND created_at < :end)")
                .bind("end", SqlTime.bind(end)).mapTo(Boolean.class).one());
    }

    /**
     * Month-1 retention as of {@code end}: of the buyers whose first purchase lies 30 to 60 days
     * before {@code end} (so each has had a full month), the share without a churn event within
     * 30 days of that purchase. None when no buyer is in that cohort.
     */
    Optional<BigDecimal> month1Retention(Instant end) {
        Instant cohortEnd = end.minus(MONTH);
        Instant cohortStart = cohortEnd.minus(MONTH);
        return jdbi.withHandle(h -> h.createQuery("""
                        WITH buyers AS (
                            SELECT coalesce(user_id, crm_contact_id::text) AS who, min(created_at) AS bought_at
                              FROM actp_attribution_events
                             WHERE event_type = 'purchase' AND coalesce(user_id, crm_contact_id::text) IS NOT NULL
                             GROUP BY 1
                            HAVING min(created_at) >= :from AND min(created_at) < :to)
                        SELECT count(*) AS cohort,
                               count(*) FILTER (WHERE NOT EXISTS (
                                   SELECT 1 FROM actp_attribution_events c
                                    WHERE c.event_type = 'churn' AND coalesce(c.user_id, c.crm_contact_id::text) = b.who
                                      AND c.created_at >= b.bought_at AND c.created_at < b.bought_at + interval '30 days')) AS retained
                          FROM buyers b""")
                .bind("from", SqlTime.bind(cohortStart)).bind("to", SqlTime.bind(cohortEnd))
                .map((rs, ctx) -> {
                    long cohort = rs.getLong("cohort");
                    return cohort == 0 ? Optional.<BigDecimal>empty()
                            : Optional.of(BigDecimal.valueOf(rs.getLong("retained")).divide(BigDecimal.valueOf(cohort), 4, RoundingMode.HALF_UP));
                })
                .one());
    }

    /**
     * Writes (or rewrites) the day's snapshot. A value the new take could not measure (paying users, MRR, phase,
     * retention) keeps what an earlier take of the same day measured, rather than being blanked.
     */
    void upsert(FunnelSnapshot s) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_funnel_snapshots (snapshot_date, paying_users, mrr_usd, phase, impressions, clicks, signups,
                            trials, purchases, impression_to_click, click_to_signup, signup_to_trial, trial_to_paid, month1_retention,
                            created_at)
                        VALUES (:day, :paying, :mrr, :phase, :impressions, :clicks, :signups, :trials, :purchases, :i2c, :c2s, :s2t, :t2p,
                            :retention, now())
                        ON CONFLICT (snapshot_date) DO UPDATE SET
                            paying_users = coalesce(excluded.paying_users, actp_funnel_snapshots.paying_users),
                            mrr_usd = coalesce(excluded.mrr_usd, actp_funnel_snapshots.mrr_usd),
                            phase = coalesce(excluded.phase, actp_funnel_snapshots.phase), impressions = excluded.impressions,
                            clicks = excluded.clicks, signups = excluded.signups, trials = excluded.trials, purchases = excluded.purchases,
                            impression_to_click = excluded.impression_to_click, click_to_signup = excluded.click_to_signup,
                            signup_to_trial = excluded.signup_to_trial, trial_to_paid = excluded.trial_to_paid,
                            month1_retention = coalesce(excluded.month1_retention, actp_funnel_snapshots.month1_retention),
                            created_at = now()""")
                .bind("day", s.day())
                .bind("paying", s.payingUsers().orElse(null))
                .bind("mrr", s.mrrUsd().map(Money::cents).orElse(null))
                .bind("phase", s.phase().map(p -> p.number()).orElse(null))
                .bind("impressions", s.counts().impressions()).bind("clicks", s.counts().clicks())
                .bind("signups", s.counts().signups()).bind("trials", s.counts().trials()).bind("purchases", s.counts().purchases())
                .bind("i2c", s.rate(FunnelStep.IMPRESSION_TO_CLICK).orElse(null))
                .bind("c2s", s.rate(FunnelStep.CLICK_TO_SIGNUP).orElse(null))
                .bind("s2t", s.rate(FunnelStep.SIGNUP_TO_TRIAL).orElse(null))
                .bind("t2p", s.rate(FunnelStep.TRIAL_TO_PAID).orElse(null))
                .bind("retention", s.rate(FunnelStep.MONTH1_RETENTION).orElse(null))
                .execute());
    }

    /** Paying users and MRR as a snapshot recorded them. */
    record PayingUsers(LocalDate day, long payingUsers, Optional<BigDecimal> mrrUsd) {
    }
}
