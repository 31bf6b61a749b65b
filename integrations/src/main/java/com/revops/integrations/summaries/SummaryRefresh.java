package com.revops.integrations.summaries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

import com.revops.domain.revenue.OfferPerformanceCalculator;
import com.revops.integrations.attribution.AttributionRepository;
import com.revops.integrations.db.Database;
import com.revops.integrations.revenue.OfferRepository;
import com.revops.integrations.revenue.RevenueEngine;

/**
 * Keeps the two stored summaries filled (SPEC §8): {@code actp_offer_performance} (offer × platform × niche over the
 * trailing 90 days) and {@code actp_attribution_summary} (each attribution dimension over the same 90 days). Run by
 * their daily jobs, after {@code --demo-data}, and after an import into a table they are computed from. Each refresh
 * replaces the summary in one transaction and returns the rows it wrote.
 */
public final class SummaryRefresh {
    /** The tables offer performance is computed from. */
    static final Set<String> OFFER_INPUTS = Set.of("actp_content_performance", "crm_contacts", "actp_revenue_events", "actp_ad_campaigns",
            "actp_credit_usage", "actp_interactions", "actp_outreach_queue", "actp_stage_transitions");
    /** The table the attribution summary is computed from. */
    static final Set<String> ATTRIBUTION_INPUTS = Set.of("actp_attribution_events");

    private final Database database;
    private final ZoneId zone;

    public SummaryRefresh(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    /** Rewrites {@code actp_offer_performance} for the 90 days to {@code now}; returns the rows written. */
    public int offerPerformance(Instant now) {
        OfferPerformanceCalculator.Result result = new RevenueEngine(database, zone).offerPerformance(now);
        return new OfferRepository(database.jdbi()).store(result.rows(), periodStart(now), periodEnd(now));
    }

    /** Rewrites {@code actp_attribution_summary} for the 90 days to {@code now}; returns the rows written. */
    public int attribution(Instant now) {
        return new AttributionRepository(database.jdbi()).refreshSummary(now.minus(RevenueEngine.PERFORMANCE_WINDOW), now);
    }

    /** Both summaries. */
    public Refreshed all(Instant now) {
        return new Refreshed(OptionalInt.of(offerPerformance(now)), OptionalInt.of(attribution(now)));
    }

    /** The summaries computed from {@code table}, refreshed after an import into it (nothing for other tables). */
    public Refreshed afterImport(String table, Instant now) {
        String t = table.toLowerCase(Locale.ROOT);
        return new Refreshed(OFFER_INPUTS.contains(t) ? OptionalInt.of(offerPerformance(now)) : OptionalInt.empty(),
                ATTRIBUTION_INPUTS.contains(t) ? OptionalInt.of(attribution(now)) : OptionalInt.empty());
    }

    public LocalDate periodStart(Instant now) {
        return now.minus(RevenueEngine.PERFORMANCE_WINDOW).atZone(zone).toLocalDate();
    }

    public LocalDate periodEnd(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** Rows written per summary; empty where that summary was not refreshed. */
    public record Refreshed(OptionalInt offerRows, OptionalInt attributionRows) {
    }
}
