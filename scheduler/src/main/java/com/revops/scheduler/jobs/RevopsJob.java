package com.revops.scheduler.jobs;

import java.time.Instant;
import java.util.Optional;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.jobs.JobRuns;
import com.revops.scheduler.context.SchedulerContext;

/**
 * A scheduled job: runs {@link #run}, and records the run — started, finished, ok or failed with
 * the message — in {@code revops_job_runs} for the Jobs screen. A failure is logged once, here.
 */
@DisallowConcurrentExecution
public abstract class RevopsJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(RevopsJob.class);
    protected final SchedulerContext context;

    protected RevopsJob(SchedulerContext context) {
        this.context = context;
    }

    /** Does the work at {@code now}; returns a one-line summary of what happened. */
    protected abstract String run(Instant now, Instant scheduledFor);

    @Override
    public final void execute(JobExecutionContext quartz) throws JobExecutionException {
        String name = quartz.getJobDetail().getKey().getName();
        Instant scheduledFor = Optional.ofNullable(quartz.getScheduledFireTime()).map(java.util.Date::toInstant).orElse(context.clock().instant());
        Instant started = context.clock().instant();
        String instance = instanceOf(quartz);
        try {
            String summary = run(started, scheduledFor);
            if (!summary.isEmpty() || !getClass().isAnnotationPresent(RecordsOnlyWhenItActs.class)) {
                record(name, instance, scheduledFor, started, "ok", summary);
            }
        } catch (RuntimeException e) {
            LOG.error("Scheduled job {} failed", name, e);
            String shown = DatabaseErrors.untranslated("The job", e).map(RuntimeException::getMessage).orElse(e.getMessage());
            try {
                record(name, instance, scheduledFor, started, "failed", shown);
            } catch (RuntimeException recordFailure) {
                LOG.warn("Could not record the failure of {}", name, recordFailure);
            }
            throw new JobExecutionException(shown, e, false);
        }
    }

    private static String instanceOf(JobExecutionContext quartz) {
        try {
            return quartz.getScheduler().getSchedulerInstanceId();
        } catch (org.quartz.SchedulerException e) {
            return "unknown";
        }
    }

    private void record(String job, String instance, Instant scheduledFor, Instant started, String status, String message) {
        context.stores().jobRuns().record(new JobRuns.Run(job, instance, scheduledFor, started, context.clock().instant(), status, message));
    }

    protected static String stateOf(com.revops.scheduler.context.Briefings.Result result) {
        return result.delivery().sent() ? "sent" : result.delivery().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + result.delivery().reason().map(e -> " (" + e + ")").orElse("");
    }

    protected static String describe(com.revops.integrations.notify.Outbox.DeliveryReport report) {
        return report.stoppedBy().map(r -> "queued (" + r + ")").orElse(report.sent() + " message(s) sent");
    }
}
