package com.revops.scheduler.jobs;

import java.time.Instant;

import com.revops.scheduler.context.Briefings;
import com.revops.scheduler.context.SchedulerContext;

/** 07:30 daily: yesterday's snapshot if missing, then the brief to Telegram (once per day, SPEC §8). */
public final class DailyBriefJob extends RevopsJob {
    public DailyBriefJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        Briefings.Result result = new Briefings(context).sendDailyBrief(now, false);
        return result.queued() ? "brief " + stateOf(result) : "today's brief was queued before: " + stateOf(result);
    }
}
