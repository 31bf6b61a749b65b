package com.revops.scheduler.jobs;

import java.time.Instant;

import com.revops.integrations.ads.AdReconcile;
import com.revops.integrations.analytics.AnalyticsSources;
import com.revops.integrations.notify.Notifier;
import com.revops.scheduler.context.SchedulerContext;

/** Daily: reads each campaign's status and spend back from Meta and alerts on drift (paused here, active there). */
public final class AdReconcileJob extends RevopsJob {
    public AdReconcileJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        AnalyticsSources sources = context.sources();
        Notifier notifier = context.notifier();
        AdReconcile.Report report = new AdReconcile(context.database(), notifier, sources::metaCampaigns, sources::metaAds).run(now);
        if (report.checked() == 0) {
            return "no campaign at Meta to check";
        }
        return report.checked() + " campaign(s) checked, spend of " + report.spendUpdated() + " updated"
                + (report.drift().isEmpty() ? ", no drift" : ", drift: " + report.drift().size() + " alert(s), " + describe(notifier.deliver(now)));
    }
}
