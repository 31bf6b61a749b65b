package com.revops.integrations.ads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.revops.domain.ads.AdsRules;
import com.revops.domain.alerts.Alert;
import com.revops.integrations.analytics.AdSpendRepository;
import com.revops.integrations.analytics.Configured;
import com.revops.integrations.analytics.MetaAdsClient;
import com.revops.integrations.analytics.MetaCampaignClient;
import com.revops.integrations.analytics.MetaCampaignClient.CampaignStatus;
import com.revops.integrations.db.Database;
import com.revops.integrations.notify.Notifier;

/**
 * The daily reconcile: reads each campaign's status and lifetime spend back from Meta, stores them,
 * and raises an {@code ad_drift} alert where Meta and the console disagree — urgent when a campaign
 * paused here is active at Meta. Everything is read before anything is written, so a failing call
 * (a {@link com.revops.integrations.http.ServiceException}) leaves the stored figures as they were.
 */
public final class AdReconcile {
    private final Database database;
    private final AdCampaigns campaigns;
    private final Notifier notifier;
    private final Supplier<Configured<MetaCampaignClient>> meta;
    private final Supplier<Configured<MetaAdsClient>> insights;

    public AdReconcile(Database database, Notifier notifier, Supplier<Configured<MetaCampaignClient>> meta,
                       Supplier<Configured<MetaAdsClient>> insights) {
        this.database = database;
        this.campaigns = new AdCampaigns(database.jdbi());
        this.notifier = notifier;
        this.meta = meta;
        this.insights = insights;
    }

    /** Checks every campaign Meta runs; returns what was found. Throws when Meta is not configured or fails. */
    public Report run(Instant now) {
        List<AdCampaign> tracked = campaigns.atMeta();
        if (tracked.isEmpty()) {
            return new Report(0, 0, List.of());
        }
        Configured<MetaCampaignClient> client = meta.get();
        Configured<MetaAdsClient> reader = insights.get();
        if (client.client().isEmpty() || reader.client().isEmpty()) {
            throw new com.revops.integrations.http.ServiceException("Meta Ads", client.skipReason(), false);
        }
        List<CampaignStatus> statuses = new ArrayList<>();
        for (AdCampaign c : tracked) {
            statuses.add(client.client().get().status(c.campaignId().orElseThrow()));
        }
        List<MetaAdsClient.CampaignInsight> spend = reader.client().get()
                .campaignInsights(tracked.stream().map(c -> c.campaignId().orElseThrow()).toList());
        int updated = new AdSpendRepository(database.jdbi()).update(spend);
        List<Alert> drift = new ArrayList<>();
        for (int i = 0; i < tracked.size(); i++) {
            AdCampaign c = tracked.get(i);
            CampaignStatus status = statuses.get(i);
            campaigns.recordMetaStatus(status.campaignId(), status.status(), now);
            AdsRules.driftAlert(c.label(), c.status(), status.status()).ifPresent(drift::add);
        }
        if (!drift.isEmpty()) {
            notifier.raise(drift, now);
        }
        return new Report(tracked.size(), updated, drift);
    }

    /** Campaigns checked, spend rows updated, and the drift found. */
    public record Report(int checked, int spendUpdated, List<Alert> drift) {
    }
}
