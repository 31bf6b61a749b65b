package com.revops.scheduler.jobs;

import java.time.Instant;

import com.revops.integrations.summaries.SummaryRefresh;
import com.revops.scheduler.context.SchedulerContext;

/** 05:00 daily: refreshes {@code actp_offer_performance} for the trailing 90 days. */
public final class OfferPerformanceJob extends RevopsJob {
    public OfferPerformanceJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        SummaryRefresh refresh = new SummaryRefresh(context.database(), context.zone());
        int rows = refresh.offerPerformance(now);
        return rows + " offer × platform × niche " + (rows == 1 ? "row" : "rows") + " for " + refresh.periodStart(now) + " – "
                + refresh.periodEnd(now);
    }
}
