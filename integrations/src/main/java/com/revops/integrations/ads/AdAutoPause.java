package com.revops.integrations.ads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.revops.domain.ads.AdsRules;
import com.revops.domain.alerts.Alert;
import com.revops.integrations.analytics.Configured;
import com.revops.integrations.analytics.MetaCampaignClient;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.notify.Notifier;

/**
 * Applies the auto-pause rule to the active campaigns (SPEC §4). A campaign Meta runs is paused at
 * Meta first ({@code status=PAUSED}) and here only once Meta answered {@code success}; when Meta
 * cannot be reached or is not configured it stays active here and an urgent {@code ad_pause_failed}
 * alert asks the operator to pause it by hand. A campaign Meta never had is paused here at once.
 * Each confirmed pause raises an {@code ad_paused} alert. The scheduler's hourly job calls {@link #run}.
 */
public final class AdAutoPause {
    private final AdCampaigns campaigns;
    private final Notifier notifier;
    private final Supplier<Configured<MetaCampaignClient>> meta;

    public AdAutoPause(Database database, Notifier notifier, Supplier<Configured<MetaCampaignClient>> meta) {
        this.campaigns = new AdCampaigns(database.jdbi());
        this.notifier = notifier;
        this.meta = meta;
    }

    /** Pauses what breaks the rule at {@code now}; returns the campaigns paused (confirmed by Meta where Meta runs them). */
    public List<AdCampaign> run(Instant now) {
        List<AdCampaign> paused = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        List<AdCampaigns.Breach> breaches = campaigns.breaching(now);
        Configured<MetaCampaignClient> client = breaches.isEmpty() ? Configured.missing("") : meta.get();
        for (AdCampaigns.Breach breach : breaches) {
            AdCampaign c = breach.campaign();
            Optional<String> failure = c.campaignId().isEmpty() ? Optional.empty() : pauseAtMeta(client, c.campaignId().get());
            if (failure.isPresent()) {
                campaigns.recordMetaError(c.id(), failure, now);
                alerts.add(AdsRules.pauseFailedAlert(c.label(), breach.reason(), failure.get()));
                continue;
            }
            campaigns.markPaused(c.id(), breach.reason(), c.campaignId().isPresent(), now).ifPresent(p -> {
                paused.add(p);
                alerts.add(AdsRules.pausedAlert(p.label(), breach.reason()));
            });
        }
        if (!alerts.isEmpty()) {
            notifier.raise(alerts, now);
        }
        return paused;
    }

    /** Empty when Meta confirmed the pause; otherwise why not. */
    private static Optional<String> pauseAtMeta(Configured<MetaCampaignClient> client, String campaignId) {
        if (client.client().isEmpty()) {
            return Optional.of("Meta Ads is " + client.skipReason());
        }
        try {
            client.client().get().setStatus(campaignId, "PAUSED");
            return Optional.empty();
        } catch (ServiceException e) {
            return Optional.of(e.getMessage());
        }
    }
}
