package com.revops.scheduler.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.revops.domain.alerts.Alert;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.routine.RoutineLog;
import com.revops.integrations.sora.SoraJobs;
import com.revops.scheduler.context.SchedulerContext;

/** Hourly: the daily routine's failure rules (a failed heartbeat, a step failed twice or missing) and Sora jobs stuck over an hour. */
public final class WorkerWatchJob extends RevopsJob {
    public WorkerWatchJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        List<Alert> alerts = new ArrayList<>(context.stores().routineLog(context.zone()).alerts(now));
        alerts.addAll(context.stores().soraJobs().stuckAlerts(now));
        if (alerts.isEmpty()) {
            return "routine and Sora jobs on track";
        }
        Notifier notifier = context.notifier();
        List<Alert> fresh = notifier.raise(alerts, now);
        return alerts.size() + " alert(s), " + fresh.size() + " new: " + describe(notifier.deliver(now));
    }
}
