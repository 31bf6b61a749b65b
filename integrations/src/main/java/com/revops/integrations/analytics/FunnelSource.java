package com.revops.integrations.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jdbi.v3.core.JdbiException;

import com.revops.integrations.analytics.FunnelSnapshotService.SourceUse;
import com.revops.integrations.analytics.PostHogClient.FunnelBySource;
import com.revops.integrations.analytics.RevenueCatClient.SubscriptionOverview;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.ServiceException;

/**
 * RevenueCat and PostHog into the day's funnel snapshot: one source, because the snapshot is written only
 * when every configured one of the two answered.
 */
final class FunnelSource implements AnalyticsSource {
    private final Database database;
    private final ZoneId zone;
    private final AnalyticsSources sources;

    FunnelSource(Database database, ZoneId zone, AnalyticsSources sources) {
        this.database = database;
        this.zone = zone;
        this.sources = sources;
    }

    @Override
    public List<String> services() {
        return List.of(RevenueCatClient.SERVICE, PostHogClient.SERVICE);
    }

    @Override
    public List<SourceReport> pull(LocalDate day) {
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
            String message = "could not write the funnel snapshot of " + day + ": " + AnalyticsSource.rootMessage(e);
            return List.of(SourceReport.failed(RevenueCatClient.SERVICE, message, true),
                    SourceReport.failed(PostHogClient.SERVICE, message, true));
        }
    }

    private static SourceReport fromUse(FunnelSnapshotService.Result result, String source) {
        SourceUse use = result.sources().stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow();
        return use.used() ? SourceReport.ok(source, use.note()) : SourceReport.skipped(source, use.note());
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
