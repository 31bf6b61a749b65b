package com.revops.integrations.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.integrations.analytics.FunnelSnapshotService.SourceUse;
import com.revops.integrations.analytics.PostHogClient.FunnelBySource;
import com.revops.integrations.analytics.RevenueCatClient.SubscriptionOverview;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.ServiceException;

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
    static final int PAYWALL_DAYS = 90;

    private final Database database;
    private final ZoneId zone;
    private final AnalyticsSources sources;

    public SourcePull(Database database, ZoneId zone, AnalyticsSources sources) {
        this.database = database;
        this.zone = zone;
        this.sources = sources;
    }

    /** Pulls each source for {@code day} (a local date in the operator's zone). */
    public List<SourceReport> pull(LocalDate day) {
        List<SourceReport> reports = new ArrayList<>(funnel(day));
        reports.add(paywalls(day));
        reports.add(adSpend());
        reports.forEach(SourcePull::log);
        return List.copyOf(reports);
    }

    /** RevenueCat and PostHog into the funnel snapshot of {@code day} (written only when every configured one answered). */
    public List<SourceReport> funnel(LocalDate day) {
        Configured<RevenueCatClient> revenueCat = sources.revenueCat();
        Configured<PostHogClient> postHog = sources.postHog();
        Fetch<SubscriptionOverview> subscriptions = Fetch.of(revenueCat, RevenueCatClient::overview);
        Fetch<FunnelBySource> funnel = Fetch.of(postHog, c -> c.funnelBySource(day, day));
        if (subscriptions.failed() || funnel.failed()) {
            String waitingFor = subscriptions.failed() ? RevenueCatClient.SERVICE : PostHogClient.SERVICE;
            String notWritten = " — the funnel snapshot of " + day + " was not written";
            return List.of(subscriptions.report(RevenueCatClient.SERVICE, revenueCat, notWritten, waitingFor),
                    funnel.report(PostHogClient.SERVICE, postHog, notWritten, waitingFor));
        }
        try {
            FunnelSnapshotService service = new FunnelSnapshotService(database, zone, revenueCat, postHog);
            FunnelSnapshotService.Result result = service.write(day, subscriptions.value(), funnel.value());
            return List.of(fromUse(result, RevenueCatClient.SERVICE), fromUse(result, PostHogClient.SERVICE));
        } catch (JdbiException e) {
            String message = "could not write the funnel snapshot of " + day + ": " + rootMessage(e);
            return List.of(SourceReport.failed(RevenueCatClient.SERVICE, message, true),
                    SourceReport.failed(PostHogClient.SERVICE, message, true));
        }
    }

    private static SourceReport fromUse(FunnelSnapshotService.Result result, String source) {
        SourceUse use = result.sources().stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow();
        return use.used() ? SourceReport.ok(source, use.note()) : SourceReport.skipped(source, use.note());
    }

    /** Superwall's paywall variants of the last 90 days to {@code day}. */
    public SourceReport paywalls(LocalDate day) {
        Configured<SuperwallClient> superwall = sources.superwall();
        if (superwall.client().isEmpty()) {
            return SourceReport.skipped(SuperwallClient.SERVICE, superwall.skipReason());
        }
        try {
            List<PaywallVariant> variants = superwall.client().get().variants(day.minusDays(PAYWALL_DAYS - 1L), day);
            int written = new PaywallExperimentRepository(database.jdbi()).save(variants);
            return SourceReport.ok(SuperwallClient.SERVICE, written + " paywall variant(s) written ("
                    + PAYWALL_DAYS + " days to " + day + ")");
        } catch (ServiceException e) {
            return SourceReport.failed(e);
        } catch (JdbiException e) {
            return SourceReport.failed(SuperwallClient.SERVICE, "could not save the paywall variants: " + rootMessage(e), true);
        }
    }

    private SourceReport adSpend() {
        Configured<MetaAdsClient> meta = sources.metaAds();
        if (meta.client().isEmpty()) {
            return SourceReport.skipped(MetaAdsClient.SERVICE, meta.skipReason());
        }
        try {
            AdSpendRepository campaigns = new AdSpendRepository(database.jdbi());
            List<String> ids = campaigns.trackedCampaignIds();
            if (ids.isEmpty()) {
                return SourceReport.ok(MetaAdsClient.SERVICE, "no active or paused Meta campaign to update");
            }
            int updated = campaigns.update(meta.client().get().campaignInsights(ids));
            return SourceReport.ok(MetaAdsClient.SERVICE, updated + " of " + ids.size() + " campaign(s) updated");
        } catch (ServiceException e) {
            return SourceReport.failed(e);
        } catch (JdbiException e) {
            return SourceReport.failed(MetaAdsClient.SERVICE, "could not save the campaign spend: " + rootMessage(e), true);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static void log(SourceReport report) {
        switch (report.outcome()) {
            case FAILED -> LOG.warn("{} pull failed: {}", report.source(), report.message());
            case SKIPPED -> LOG.info("{} skipped: {}", report.source(), report.message());
            case OK -> LOG.info("{} pulled: {}", report.source(), report.message());
        }
    }

    /** What one configured source answered, or how it failed; both empty when it is not configured. */
    private record Fetch<T>(Optional<T> value, Optional<ServiceException> failure) {

        static <C, T> Fetch<T> of(Configured<C> configured, Function<C, T> fetch) {
            if (configured.client().isEmpty()) {
                return new Fetch<>(Optional.empty(), Optional.empty());
            }
            try {
                return new Fetch<>(Optional.of(fetch.apply(configured.client().get())), Optional.empty());
            } catch (ServiceException e) {
                return new Fetch<>(Optional.empty(), Optional.of(e));
            }
        }

        boolean failed() {
            return failure.isPresent();
        }

        SourceReport report(String source, Configured<?> configured, String notWritten, String waitingFor) {
            if (failure.isPresent()) {
                ServiceException e = failure.get();
                return SourceReport.failed(source, e.getMessage() + notWritten, e.retryable());
            }
            if (value.isPresent()) {
                return SourceReport.ok(source, "answered, but the funnel snapshot waits for " + waitingFor);
            }
            return SourceReport.skipped(source, configured.skipReason());
        }
    }
}
