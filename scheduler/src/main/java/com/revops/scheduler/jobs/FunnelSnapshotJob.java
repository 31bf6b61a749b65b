package com.revops.scheduler.jobs;

import java.time.Instant;

import com.revops.scheduler.context.SchedulerContext;

/** 00:15 daily: pulls the configured analytics sources and writes the funnel snapshot. */
public final class FunnelSnapshotJob extends RevopsJob {
    public FunnelSnapshotJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        return context.sourceSync().run(now);
    }
}
