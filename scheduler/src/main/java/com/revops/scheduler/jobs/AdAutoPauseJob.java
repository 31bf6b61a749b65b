package com.revops.scheduler.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.revops.integrations.ads.AdAutoPause;
import com.revops.integrations.ads.AdCampaign;
import com.revops.integrations.ads.AdCampaigns;
import com.revops.integrations.ads.MetaCampaignLaunch;
import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.notify.Notifier;
import com.revops.scheduler.context.SchedulerContext;

/**
 * Hourly: resumes the launch at Meta of approved campaigns not yet running, then pauses active
 * campaigns that break the auto-pause rule (at Meta first) with an alert for each.
 */
public final class AdAutoPauseJob extends RevopsJob {
    public AdAutoPauseJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        AnalyticsSources sources = context.sources();
        List<String> parts = new ArrayList<>();
        MetaCampaignLaunch launch = context.stores().metaCampaignLaunch(sources::metaCampaigns, sources::metaAudience);
        for (AdCampaign waiting : context.stores().adCampaigns().launching()) {
            MetaCampaignLaunch.Outcome outcome = launch.launch(waiting, now);
            parts.add((outcome.running() ? "launched " : "launch waits for ") + waiting.label() + ": " + outcome.message());
        }
        Notifier notifier = context.notifier();
        List<AdCampaign> paused = new AdAutoPause(context.database(), notifier, sources::metaCampaigns).run(now);
        parts.add(paused.isEmpty() ? "no campaign to pause"
                : "paused " + String.join(", ", paused.stream().map(AdCampaign::label).toList()) + ": " + describe(notifier.deliver(now)));
        return String.join("; ", parts);
    }
}
