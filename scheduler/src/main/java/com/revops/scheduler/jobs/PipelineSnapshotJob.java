package com.revops.scheduler.jobs;

import java.time.Instant;
import java.time.LocalDate;

import com.revops.integrations.revenue.SnapshotService;
import com.revops.scheduler.context.SchedulerContext;

/** 00:00 daily: the snapshot of the day that just ended. */
public final class PipelineSnapshotJob extends RevopsJob {
    public PipelineSnapshotJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        LocalDate day = scheduledFor.atZone(context.zone()).toLocalDate().minusDays(1);
        SnapshotService.Snapshot s = new SnapshotService(context.database(), context.zone()).take(day, now);
        return "snapshot " + day + ": " + s.pipeline().totalContacts() + " open contacts, forecast_30d " + s.forecast30().setScale(2,
                java.math.RoundingMode.HALF_UP);
    }
}
