package com.revops.scheduler.jobs;

import java.time.Instant;

import com.revops.integrations.notify.Notifier;
import com.revops.integrations.notify.Outbox;
import com.revops.scheduler.context.SchedulerContext;

/** Every 30 seconds: delivers what the outbox holds and is due (retries with backoff; SPEC §8). */
@RecordsOnlyWhenItActs
public final class OutboxDeliveryJob extends RevopsJob {
    public OutboxDeliveryJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        Notifier notifier = context.notifier();
        Outbox.DeliveryReport report = notifier.deliver(now);
        // waiting (for another process, or for Telegram's settings) is shown on the messages, not as a run every 30 s
        boolean quiet = report.halt().map(h -> h != Outbox.Halt.UNAVAILABLE).orElse(true);
        if (report.sent() == 0 && report.failed() == 0 && quiet) {
            return "";
        }
        return report.sent() + " sent, " + report.failed() + " refused" + report.stoppedBy().map(r -> "; stopped: " + r).orElse("");
    }
}
