package com.revops.scheduler.jobs;

import java.time.Instant;

import com.revops.integrations.summaries.SummaryRefresh;
import com.revops.scheduler.context.SchedulerContext;

/** 05:10 daily: refreshes {@code actp_attribution_summary} (every dimension) for the trailing 90 days. */
public final class AttributionSummaryJob extends RevopsJob {
    public AttributionSummaryJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        SummaryRefresh refresh = new SummaryRefresh(context.database(), context.zone());
        int rows = refresh.attribution(now);
        return rows + " attribution " + (rows == 1 ? "row" : "rows") + " (dimension × value) for " + refresh.periodStart(now) + " – "
                + refresh.periodEnd(now);
    }
}
