package com.revops.integrations.ads;

import java.time.Instant;
import java.util.List;

import com.revops.domain.ads.AdsRules;
import com.revops.domain.alerts.Alert;
import com.revops.integrations.db.Database;
import com.revops.integrations.notify.Notifier;

/**
 * Applies the auto-pause rule to the active campaigns and raises an {@code ad_paused} alert for each
 * one it paused (through the Notifier: logged once a day, queued in the outbox). The scheduler's
 * hourly "Ads auto-pause" job calls {@link #run}.
 */
public final class AdAutoPause {
    private final AdCampaigns campaigns;
    private final Notifier notifier;

    public AdAutoPause(Database database, Notifier notifier) {
        this.campaigns = new AdCampaigns(database.jdbi());
        this.notifier = notifier;
    }

    /** Pauses what breaks the rule at {@code now}; returns the campaigns paused. */
    public List<AdCampaign> run(Instant now) {
        List<AdCampaign> paused = campaigns.pauseBreaching(now);
        List<Alert> alerts = paused.stream().map(c -> AdsRules.pausedAlert(c.label(), c.pausedReason().orElse("paused"))).toList();
        if (!alerts.isEmpty()) {
            notifier.raise(alerts, now);
        }
        return paused;
    }
}
