package com.revops.integrations.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.integrations.db.Database;

/**
 * Pulls every configured analytics source once (for the daily scheduled job): RevenueCat and
 * PostHog into the day's funnel snapshot, Superwall's paywall variants into
 * {@code actp_paywall_experiments}, Meta campaign insights into {@code actp_ad_campaigns}. Each
 * source is reported ok, skipped (not configured) or failed (with the service's message). A
 * failing source never stops the others and never leaves part of its data written: the funnel
 * snapshot is written only when every configured funnel source answered; Superwall and Meta are
 * written in one transaction each.
 */
public final class SourcePull {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePull.class);
    /** Paywall variant totals cover this many days up to the pulled day. */
    static final int PAYWALL_DAYS = SuperwallSource.PAYWALL_DAYS;

    private final Database database;
    private final ZoneId zone;
    private final AnalyticsSources sources;

    public SourcePull(Database database, ZoneId zone, AnalyticsSources sources) {
        this.database = database;
        this.zone = zone;
        this.sources = sources;
    }

    /** Pulls each source for {@code day} (a local date in the operator's zone), in the order of {@link AnalyticsSources#all}. */
    public List<SourceReport> pull(LocalDate day) {
        List<SourceReport> reports = new ArrayList<>();
        for (AnalyticsSource source : sources.all(database, zone)) {
            reports.addAll(source.pull(day));
        }
        reports.forEach(SourcePull::log);
        return List.copyOf(reports);
    }

    /** RevenueCat and PostHog into the funnel snapshot of {@code day} (written only when every configured one answered). */
    public List<SourceReport> funnel(LocalDate day) {
        return new FunnelSource(database, zone, sources).pull(day);
    }

    /** Superwall's paywall variants of the last 90 days to {@code day}. */
    public SourceReport paywalls(LocalDate day) {
        return new SuperwallSource(database, sources).paywalls(day);
    }

    private static void log(SourceReport report) {
        switch (report.outcome()) {
            case FAILED -> LOG.warn("{} pull failed: {}", report.source(), report.message());
            case SKIPPED -> LOG.info("{} skipped: {}", report.source(), report.message());
            case OK -> LOG.info("{} pulled: {}", report.source(), report.message());
        }
    }
}
