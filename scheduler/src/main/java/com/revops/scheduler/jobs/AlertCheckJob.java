package com.revops.scheduler.jobs;

import java.time.Instant;
import java.util.List;

import com.revops.domain.alerts.Alert;
import com.revops.integrations.alerts.AlertCheck;
import com.revops.integrations.notify.Notifier;
import com.revops.scheduler.context.SchedulerContext;

/** Every 6 hours: the alert rules; new alerts (once per type + subject + day) go to Telegram. */
public final class AlertCheckJob extends RevopsJob {
    public AlertCheckJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        List<Alert> alerts = new AlertCheck(context.database(), context.zone()).evaluate(now);
        Notifier notifier = context.notifier();
        List<Alert> fresh = notifier.raise(alerts, now);
        if (fresh.isEmpty()) {
            return alerts.size() + " alert(s) firing, none new";
        }
        return alerts.size() + " alert(s) firing, " + fresh.size() + " new: " + describe(notifier.deliver(now));
    }
}
