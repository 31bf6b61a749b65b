package com.revops.integrations.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.revops.domain.common.Money;
import com.revops.domain.funnel.FunnelCounts;
import com.revops.integrations.analytics.PostHogClient.FunnelBySource;
import com.revops.integrations.analytics.RevenueCatClient.SubscriptionOverview;
import com.revops.integrations.db.Database;

/**
 * The daily funnel snapshot (PRD-019 §4.11, SPEC §8 "funnel snapshot"): one row of
 * {@code actp_funnel_snapshots} per local day, upserted, so taking a day again replaces it.
 *
 * <ul>
 *   <li>Paying users and MRR (and the phase they give): RevenueCat's active subscriptions and MRR when it
 *       answers. Without it they are not written: a snapshot never carries an earlier day's values as its own;
 *       readers show the last values RevenueCat gave, marked "unavailable since …" ({@code FunnelRepository}).</li>
 *   <li>Clicks, signups, trials, purchases: PostHog's funnel for the day, all UTM sources together,
 *       when it is configured, else the app's attribution events of the day. Purchases are stored, so the paid
 *       conversions of a window are a sum of recorded counts.</li>
 *   <li>Impressions: always the content published that day; PostHog has no impressions.</li>
 *   <li>Month-1 retention: from the attribution events, when a buyer cohort exists and the app records
 *       cancellations at all (a churn event up to that day); else unknown, never 100% from nothing.</li>
 * </ul>
 * Retaking a day keeps the values an earlier take of it measured when a source is now missing. A configured
 * source that fails throws its {@link com.revops.integrations.http.ServiceException} and nothing is written:
 * a snapshot never mixes a failed source's stand-in with real data. See docs/decisions/0039-summaries-and-snapshots.md.
 */
public final class FunnelSnapshotService {
    private final FunnelSnapshotRepository repository;
    private final ZoneId zone;
    private final Configured<RevenueCatClient> revenueCat;
    private final Configured<PostHogClient> postHog;

    public FunnelSnapshotService(Database database, ZoneId zone, Configured<RevenueCatClient> revenueCat,
                                 Configured<PostHogClient> postHog) {
        this.repository = new FunnelSnapshotRepository(database.jdbi());
        this.zone = zone;
        this.revenueCat = revenueCat;
        this.postHog = postHog;
    }

    /** Fetches from the configured sources, then writes the day's row. */
    public Result take(LocalDate day) {
        Optional<SubscriptionOverview> subscriptions = revenueCat.client().map(RevenueCatClient::overview);
        Optional<FunnelBySource> funnel = postHog.client().map(c -> c.funnelBySource(day, day));
        return write(day, subscriptions, funnel);
    }

    /** Writes the day's row from what the configured sources answered (empty: not configured). */
    Result write(LocalDate day, Optional<SubscriptionOverview> subscriptions, Optional<FunnelBySource> funnel) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<SourceUse> sources = new ArrayList<>();

        Optional<Long> paying;
        Optional<BigDecimal> mrr;
        if (subscriptions.isPresent()) {
            paying = Optional.of(subscriptions.get().activeSubscriptions());
            mrr = Optional.of(subscriptions.get().mrr());
            sources.add(SourceUse.used(RevenueCatClient.SERVICE, "paying users " + paying.get() + " and MRR "
                    + Money.format(mrr.get()) + " (active subscriptions now)"));
        } else {
            paying = Optional.empty();
            mrr = Optional.empty();
            sources.add(SourceUse.skipped(RevenueCatClient.SERVICE, revenueCat.skipReason() + " — paying users, MRR and phase not "
                    + "written for " + day + repository.payingUsersBefore(day)
                    .map(p -> "; the last values RevenueCat gave (" + p.day() + ") stay shown as unavailable since then").orElse("")));
        }

        long impressions = repository.impressions(start, end);
        FunnelCounts volumes;
        if (funnel.isPresent()) {
            List<Long> totals = funnel.get().totals();
            volumes = new FunnelCounts(impressions, totals.get(0), totals.get(1), totals.get(2), totals.get(3), Optional.empty());
            sources.add(SourceUse.used(PostHogClient.SERVICE, "clicks, signups, trials and purchases from the funnel "
                    + String.join(" → ", funnel.get().events()) + " over " + funnel.get().sources().size() + " sources"));
        } else {
            volumes = repository.localCounts(start, end);
            sources.add(SourceUse.skipped(PostHogClient.SERVICE, postHog.skipReason()
                    + " — clicks, signups, trials and purchases from the app's attribution events"));
        }
        boolean churnTracked = repository.churnRecorded(end);
        Optional<BigDecimal> retention = churnTracked ? repository.month1Retention(end) : Optional.empty();
        sources.add(SourceUse.used("App tables", "impressions of the content published that day; month-1 retention "
                + (!churnTracked ? "unknown (no churn event recorded yet, so cancellations are not tracked)"
                        : retention.map(r -> "from the buyers of 30–60 days earlier").orElse("unknown (no buyers 30–60 days earlier)"))));

        FunnelCounts counts = new FunnelCounts(volumes.impressions(), volumes.clicks(), volumes.signups(), volumes.trials(),
                volumes.purchases(), retention);
        FunnelSnapshot snapshot = new FunnelSnapshot(day, paying, mrr, counts);
        repository.upsert(snapshot);
        return new Result(snapshot, List.copyOf(sources));
    }

    /** The row written and, per source, whether it was used and why not. */
    public record Result(FunnelSnapshot snapshot, List<SourceUse> sources) {

        public List<SourceUse> used() {
            return sources.stream().filter(SourceUse::used).toList();
        }

        public List<SourceUse> skipped() {
            return sources.stream().filter(s -> !s.used()).toList();
        }
    }

    /** A source of the snapshot: used, with what it gave, or skipped, with why and what stood in. */
    public record SourceUse(String source, boolean used, String note) {
        static SourceUse used(String source, String note) {
            return new SourceUse(source, true, note);
        }

        static SourceUse skipped(String source, String note) {
            return new SourceUse(source, false, note);
        }
    }
}
