package com.revops.scheduler.jobs;

import java.time.Instant;
import java.util.List;

import com.revops.integrations.ads.AdAutoPause;
import com.revops.integrations.ads.AdCampaign;
import com.revops.integrations.notify.Notifier;
import com.revops.scheduler.SchedulerContext;

/** Hourly: pauses active ad campaigns that break the auto-pause rule and sends an ad_paused alert for each. */
public final class AdAutoPauseJob extends RevopsJob {
    public AdAutoPauseJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        Notifier notifier = context.notifier();
        List<AdCampaign> paused = new AdAutoPause(context.database(), notifier).run(now);
        if (paused.isEmpty()) {
            return "no campaign to pause";
        }
        return "paused " + String.join(", ", paused.stream().map(AdCampaign::label).toList()) + ": " + describe(notifier.deliver(now));
    }
}
