package com.revops.scheduler;

import com.revops.scheduler.context.ApprovalDigestTime;

import com.revops.scheduler.context.SchedulerContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;


import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz inside the console and {@code --daemon} (SPEC §8): a clustered JDBC job store on the app's
 * own PostgreSQL, so copies of the app on one database fire each trigger once; cron in the
 * operator's time zone; a missed fire time (a laptop asleep at 07:30) fires once on waking.
 */
public final class RevopsScheduler implements AutoCloseable {
    public static final String NAME = "RevOpsScheduler";
    static final String GROUP = "revops";
    private static final Logger LOG = LoggerFactory.getLogger(RevopsScheduler.class);

    private final Scheduler scheduler;
    private final SchedulerContext context;

    private RevopsScheduler(Scheduler scheduler, SchedulerContext context) {
        this.scheduler = scheduler;
        this.context = context;
    }

    /** Creates the scheduler, makes sure every job of {@link ScheduledJob} is scheduled, and starts it. */
    public static RevopsScheduler start(SchedulerContext context, String instanceId) {
        RevopsScheduler revops = create(context, instanceId);
        revops.ensureJobs();
        try {
            revops.scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler could not start: " + e.getMessage(), e);
        }
        LOG.info("Scheduler {} started in time zone {}", instanceId, context.zone());
        return revops;
    }

    static RevopsScheduler create(SchedulerContext context, String instanceId) {
        String dataSourceName = "revops-" + instanceId;
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new QuartzConnections(context.database()));
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", NAME);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        // three: the approval chat's poll holds one for up to 25 s without holding back the briefs (decision 0051)
        p.setProperty("org.quartz.threadPool.threadCount", "3");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "10000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.scheduler.idleWaitTime", "5000");
        try {
            StdSchedulerFactory factory = new StdSchedulerFactory(p);
            Scheduler scheduler = factory.getScheduler();
            // several schedulers of one cluster may live in one JVM (tests); Quartz's registry keys them by name
            SchedulerRepository.getInstance().remove(NAME);
            scheduler.setJobFactory(new RevopsJobFactory(context));
            return new RevopsScheduler(scheduler, context);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler could not be created: " + e.getMessage(), e);
        }
    }

    /**
     * Schedules each job unless it already is with the same timing. An existing trigger keeps its
     * next fire time, so a fire time missed while no copy of the app ran still fires once.
     */
    void ensureJobs() {
        try {
            for (ScheduledJob job : ScheduledJob.values()) {
                JobKey jobKey = JobKey.jobKey(job.key(), GROUP);
                TriggerKey triggerKey = TriggerKey.triggerKey(job.key(), GROUP);
                Trigger existing = scheduler.getTrigger(triggerKey);
                Trigger wanted = trigger(job, Optional.empty());
                if (existing != null && sameTiming(existing, wanted)) {
                    continue;
                }
                JobDetail detail = JobBuilder.newJob(job.jobClass()).withIdentity(jobKey).withDescription(job.label()).storeDurably().build();
                scheduler.scheduleJob(detail, java.util.Set.of(wanted), true);
                LOG.info("Scheduled {} ({})", job.label(), job.when());
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Scheduling the jobs failed: " + e.getMessage(), e);
        }
    }

    private boolean sameTiming(Trigger existing, Trigger wanted) {
        if (existing instanceof CronTrigger a && wanted instanceof CronTrigger b) {
            return a.getCronExpression().equals(b.getCronExpression()) && a.getTimeZone().getID().equals(b.getTimeZone().getID());
        }
        return !(existing instanceof CronTrigger) && !(wanted instanceof CronTrigger);
    }

    Trigger trigger(ScheduledJob job, Optional<Instant> startAt) {
        TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger().withIdentity(job.key(), GROUP).forJob(job.key(), GROUP)
                .withDescription(job.when());
        startAt.ifPresent(s -> builder.startAt(Date.from(s)));
        Optional<String> cron = job == ScheduledJob.APPROVAL_DIGEST ? Optional.of(ApprovalDigestTime.cron(digestAt())) : job.cron();
        if (cron.isPresent()) {
            return builder.withSchedule(CronScheduleBuilder.cronSchedule(cron.get())
                    .inTimeZone(TimeZone.getTimeZone(context.zone()))
                    .withMisfireHandlingInstructionFireAndProceed()).build();
        }
        return builder.withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(ScheduledJob.OUTBOX_INTERVAL_SECONDS)
                .withMisfireHandlingInstructionNextWithRemainingCount()).build();
    }

    /** The configured time of the approval digest; a malformed one keeps 08:00 (logged) rather than stop every job. */
    private java.time.LocalTime digestAt() {
        try {
            return context.approvalDigestAt();
        } catch (com.revops.domain.common.InvalidInputException e) {
            LOG.warn("{}; the approval digest stays at {}", e.getMessage(), ApprovalDigestTime.DEFAULT);
            return ApprovalDigestTime.DEFAULT;
        }
    }

    /** Runs a job now, outside its schedule ("run now" on the Jobs screen). */
    public void runNow(ScheduledJob job) {
        try {
            scheduler.triggerJob(JobKey.jobKey(job.key(), GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not start " + job.label() + ": " + e.getMessage(), e);
        }
    }

    /** Each job with its next and previous fire time. */
    public List<JobState> states() {
        List<JobState> states = new ArrayList<>();
        for (ScheduledJob job : ScheduledJob.values()) {
            try {
                Trigger t = scheduler.getTrigger(TriggerKey.triggerKey(job.key(), GROUP));
                states.add(new JobState(job, Optional.ofNullable(t).map(Trigger::getNextFireTime).map(Date::toInstant),
                        Optional.ofNullable(t).map(Trigger::getPreviousFireTime).map(Date::toInstant),
                        t == null ? "not scheduled" : scheduler.getTriggerState(t.getKey()).name().toLowerCase(java.util.Locale.ROOT)));
            } catch (SchedulerException e) {
                states.add(new JobState(job, Optional.empty(), Optional.empty(), "unknown: " + e.getMessage()));
            }
        }
        return states;
    }

    public boolean isRunning() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    Scheduler quartz() {
        return scheduler;
    }

    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
            LOG.info("Scheduler stopped");
        } catch (SchedulerException e) {
            LOG.warn("The scheduler did not stop cleanly", e);
        }
    }

    /** A job and where its trigger stands. */
    public record JobState(ScheduledJob job, Optional<Instant> nextFire, Optional<Instant> previousFire, String state) {
    }
}
