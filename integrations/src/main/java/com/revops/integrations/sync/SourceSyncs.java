package com.revops.integrations.sync;

import com.revops.integrations.analytics.SyncCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.ads.AdReconcile;
import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.analytics.Configured;
import com.revops.integrations.analytics.MetaCampaignClient;
import com.revops.integrations.analytics.SourcePull;
import com.revops.integrations.analytics.SourceReport;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.DatabaseException;
import com.revops.integrations.email.EmailEventPoll;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.resend.ResendClient;
import com.revops.integrations.stripe.StripeClient;
import com.revops.integrations.stripe.StripeRevenue;

/**
 * One pull now of each named source ({@code --sync SOURCE|all}): PostHog and RevenueCat into the
 * funnel snapshot of yesterday, Superwall's paywall variants, Meta's campaign status and spend (the
 * reconcile), Stripe's revenue, Resend's email events — each with the rows it created, changed and
 * left as they were, recorded in {@code revops_source_syncs}. A dry run reads from the service and
 * writes nothing. A failing source never stops the others.
 */
public final class SourceSyncs {
    public static final List<String> SOURCES = List.of("posthog", "revenuecat", "superwall", "meta", "stripe", "resend");

    private final Database database;
    private final ZoneId zone;
    private final SyncServices services;
    private final Supplier<Notifier> notifier;

    public SourceSyncs(Database database, ZoneId zone, SyncServices services, Supplier<Notifier> notifier) {
        this.database = database;
        this.zone = zone;
        this.services = services;
        this.notifier = notifier;
    }

    /** {@code all} or one name of {@link #SOURCES} (any case); anything else is refused naming the choices. */
    public static List<String> parse(String given) {
        String name = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
        if (name.equals("all")) {
            return SOURCES;
        }
        if (!SOURCES.contains(name)) {
            throw new InvalidInputException("--sync", "'" + given + "' is not a source; use all or one of " + String.join(", ", SOURCES));
        }
        return List.of(name);
    }

    public List<SourceSummary> sync(List<String> names, Instant now, boolean dryRun) {
        List<SourceSummary> summaries = new ArrayList<>();
        for (String name : names) {
            SourceSummary summary = syncOne(name, now, dryRun);
            summaries.add(summary);
            if (!dryRun) {
                new SyncLog(database.jdbi()).record(summary, now);
            }
        }
        return summaries;
    }

    /** "Test connection": one small read with the saved settings; nothing is written. */
    public SourceSummary check(String name, Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate().minusDays(1);
        AnalyticsSources sources = services.analytics();
        try {
            Configured<?> configured = switch (name) {
                case "posthog" -> sources.postHog();
                case "revenuecat" -> sources.revenueCat();
                case "superwall" -> sources.superwall();
                case "meta" -> sources.metaCampaigns();
                case "stripe" -> services.stripe();
                case "resend" -> services.resend();
                default -> throw new InvalidInputException("source", "'" + name + "' is not a source");
            };
            if (!configured.isConfigured()) {
                return SourceSummary.unconfigured(name, configured.skipReason());
            }
            String note = switch (name) {
                case "posthog" -> sources.postHog().client().orElseThrow().funnelBySource(day, day).sources().size() + " UTM source(s) yesterday";
                case "revenuecat" -> sources.revenueCat().client().orElseThrow().overview().activeSubscriptions() + " active subscriptions";
                case "superwall" -> sources.superwall().client().orElseThrow().variants(day, day).size() + " paywall variant(s) yesterday";
                case "meta" -> {
                    sources.metaCampaigns().client().orElseThrow().findCampaign("revops:connection-check");
                    yield "the ad account answered";
                }
                case "stripe" -> {
                    services.stripe().client().orElseThrow().check();
                    yield "the key can read charges";
                }
                default -> services.resend().client().orElseThrow().check();
            };
            return SourceSummary.ok(name, SyncCounts.NONE, "connected: " + note);
        } catch (ServiceException e) {
            return SourceSummary.failed(name, e.getMessage(), e.retryable());
        }
    }

    private SourceSummary syncOne(String name, Instant now, boolean dryRun) {
        try {
            return switch (name) {
                case "posthog", "revenuecat" -> funnel(name, now, dryRun);
                case "superwall" -> superwall(now, dryRun);
                case "meta" -> meta(now, dryRun);
                case "stripe" -> stripe(dryRun);
                case "resend" -> resend(now, dryRun);
                default -> throw new InvalidInputException("--sync", "'" + name + "' is not a source");
            };
        } catch (ServiceException e) {
            return SourceSummary.failed(name, e.getMessage(), e.retryable());
        } catch (DatabaseException e) {
            return SourceSummary.failed(name, e.getMessage(), true);
        }
    }

    private SourceSummary funnel(String name, Instant now, boolean dryRun) {
        AnalyticsSources sources = services.analytics();
        Configured<?> configured = name.equals("posthog") ? sources.postHog() : sources.revenueCat();
        if (!configured.isConfigured()) {
            return SourceSummary.unconfigured(name, configured.skipReason());
        }
        LocalDate day = now.atZone(zone).toLocalDate().minusDays(1);
        if (dryRun) {
            if (name.equals("posthog")) {
                sources.postHog().client().orElseThrow().funnelBySource(day, day);
            } else {
                sources.revenueCat().client().orElseThrow().overview();
            }
            return SourceSummary.ok(name, SyncCounts.NONE, "dry run: answered; the funnel snapshot of " + day + " was not written");
        }
        RowDiff rows = new RowDiff(database.jdbi(), "SELECT snapshot_date::text AS key, (to_jsonb(s) - 'id' - 'created_at')::text AS row "
                + "FROM actp_funnel_snapshots s WHERE snapshot_date = DATE '" + day + "'");
        String service = name.equals("posthog") ? "PostHog" : "RevenueCat";
        SourceReport report = new SourcePull(database, zone, sources).funnel(day).stream().filter(r -> r.source().equals(service))
                .findFirst().orElseThrow();
        return fromReport(name, report, rows);
    }

    private SourceSummary superwall(Instant now, boolean dryRun) {
        AnalyticsSources sources = services.analytics();
        if (!sources.superwall().isConfigured()) {
            return SourceSummary.unconfigured("superwall", sources.superwall().skipReason());
        }
        LocalDate day = now.atZone(zone).toLocalDate().minusDays(1);
        if (dryRun) {
            int variants = sources.superwall().client().orElseThrow().variants(day.minusDays(89), day).size();
            return SourceSummary.ok("superwall", SyncCounts.NONE, "dry run: " + variants + " paywall variant(s) answered; nothing written");
        }
        RowDiff rows = new RowDiff(database.jdbi(), "SELECT concat_ws('/', product, experiment, variant_id) AS key, "
                + "(to_jsonb(p) - 'id' - 'created_at' - 'updated_at')::text AS row FROM actp_paywall_experiments p");
        return fromReport("superwall", new SourcePull(database, zone, sources).paywalls(day), rows);
    }

    private SourceSummary meta(Instant now, boolean dryRun) {
        AnalyticsSources sources = services.analytics();
        Configured<MetaCampaignClient> meta = sources.metaCampaigns();
        if (!meta.isConfigured()) {
            return SourceSummary.unconfigured("meta", meta.skipReason());
        }
        if (dryRun) {
            meta.client().orElseThrow().findCampaign("revops:connection-check");
            return SourceSummary.ok("meta", SyncCounts.NONE, "dry run: Meta answered; nothing written");
        }
        RowDiff rows = new RowDiff(database.jdbi(), "SELECT campaign_id AS key, concat_ws(' ', spend_usd, conversions, meta_status) AS row "
                + "FROM actp_ad_campaigns WHERE campaign_id IS NOT NULL AND status IN ('active', 'paused')");
        AdReconcile.Report report = new AdReconcile(database, notifier.get(), sources::metaCampaigns, sources::metaAds).run(now);
        return SourceSummary.ok("meta", rows.counts(), report.checked() == 0 ? "no campaign at Meta to check"
                : report.checked() + " campaign(s) checked" + (report.drift().isEmpty() ? ", no drift" : ", " + report.drift().size()
                + " drift alert(s)"));
    }

    private SourceSummary stripe(boolean dryRun) {
        Configured<StripeClient> stripe = services.stripe();
        if (!stripe.isConfigured()) {
            return SourceSummary.unconfigured("stripe", stripe.skipReason());
        }
        SyncCounts counts = new StripeRevenue(database.jdbi()).pull(stripe.client().orElseThrow(), dryRun);
        return SourceSummary.ok("stripe", counts, (dryRun ? "dry run, nothing written: " : "") + "charges, paid invoices and canceled "
                + "subscriptions as revenue events");
    }

    private SourceSummary resend(Instant now, boolean dryRun) {
        Configured<ResendClient> resend = services.resend();
        if (!resend.isConfigured()) {
            return SourceSummary.unconfigured("resend", resend.skipReason());
        }
        SyncCounts counts = new EmailEventPoll(database.jdbi()).poll(resend.client().orElseThrow(), now, dryRun);
        return SourceSummary.ok("resend", counts, (dryRun ? "dry run, nothing written: " : "")
                + "the last event of each email sent in the last 14 days");
    }

    private static SourceSummary fromReport(String name, SourceReport report, RowDiff rows) {
        return switch (report.outcome()) {
            case OK -> SourceSummary.ok(name, rows.counts(), report.message());
            case SKIPPED -> SourceSummary.unconfigured(name, report.message());
            case FAILED -> SourceSummary.failed(name, report.message(), report.retryable());
        };
    }
}
