package com.revops.scheduler.jobs;

import java.time.Instant;

import com.revops.scheduler.context.Briefings;
import com.revops.scheduler.context.SchedulerContext;

/** Mondays 07:00: the weekly report with recommendations. */
public final class WeeklyReportJob extends RevopsJob {
    public WeeklyReportJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        Briefings.Result result = new Briefings(context).sendWeeklyReport(now, false);
        return result.queued() ? "report " + stateOf(result) : "this week's report was queued before: " + stateOf(result);
    }
}
