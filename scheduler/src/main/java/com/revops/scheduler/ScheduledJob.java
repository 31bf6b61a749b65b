package com.revops.scheduler;

import java.util.Optional;

import com.revops.scheduler.jobs.AdAutoPauseJob;
import com.revops.scheduler.jobs.AdReconcileJob;
import com.revops.scheduler.jobs.EmailSequencesJob;
import com.revops.scheduler.jobs.WorkerWatchJob;
import com.revops.scheduler.jobs.AlertCheckJob;
import com.revops.scheduler.jobs.ApprovalDigestJob;
import com.revops.scheduler.jobs.AttributionSummaryJob;
import com.revops.scheduler.jobs.DailyBriefJob;
import com.revops.scheduler.jobs.FunnelSnapshotJob;
import com.revops.scheduler.jobs.OfferPerformanceJob;
import com.revops.scheduler.jobs.OutboxDeliveryJob;
import com.revops.scheduler.jobs.PipelineSnapshotJob;
import com.revops.scheduler.jobs.RecordsOnlyWhenItActs;
import com.revops.scheduler.jobs.RevopsJob;
import com.revops.scheduler.jobs.TelegramPollJob;
import com.revops.scheduler.jobs.WeeklyReportJob;

/**
 * The jobs and times of SPEC §8 (cron in the operator's time zone), the attribution summary, the ads
 * auto-pause, the approval digest and chat poll (issue 17) and the outbox worker.
 */
public enum ScheduledJob {
    DAILY_BRIEF("daily-brief", "Daily brief", "0 30 7 * * ?", "07:30 daily", DailyBriefJob.class),
    PIPELINE_SNAPSHOT("pipeline-snapshot", "Pipeline snapshot", "0 0 0 * * ?", "00:00 daily", PipelineSnapshotJob.class),
    WEEKLY_REPORT("weekly-report", "Weekly report", "0 0 7 ? * MON", "Mondays 07:00", WeeklyReportJob.class),
    ALERT_CHECK("alert-check", "Alert check", "0 0 0/6 * * ?", "every 6 hours", AlertCheckJob.class),
    OFFER_PERFORMANCE("offer-performance", "Offer performance", "0 0 5 * * ?", "05:00 daily", OfferPerformanceJob.class),
    ATTRIBUTION_SUMMARY("attribution-summary", "Attribution summary", "0 10 5 * * ?", "05:10 daily", AttributionSummaryJob.class),
    FUNNEL_SNAPSHOT("funnel-snapshot", "Funnel snapshot", "0 15 0 * * ?", "00:15 daily", FunnelSnapshotJob.class),
    AD_AUTO_PAUSE("ad-auto-pause", "Ads auto-pause", "0 5 * * * ?", "hourly at :05", AdAutoPauseJob.class),
    AD_RECONCILE("ad-reconcile", "Meta reconcile", "0 30 6 * * ?", "06:30 daily", AdReconcileJob.class),
    EMAIL_SEQUENCES("email-sequences", "Email sequences", "0 0/15 * * * ?", "every 15 minutes", EmailSequencesJob.class),
    WORKER_WATCH("worker-watch", "Routine and Sora watch", "0 20 * * * ?", "hourly at :20", WorkerWatchJob.class),
    APPROVAL_DIGEST("approval-digest", "Approval digest", "0 0 8 * * ?", "daily at REVOPS_APPROVAL_DIGEST_AT (08:00)",
            ApprovalDigestJob.class),
    TELEGRAM_POLL("telegram-poll", "Approval chat", null, "every 30 seconds", TelegramPollJob.class),
    OUTBOX_DELIVERY("outbox-delivery", "Telegram outbox", null, "every 30 seconds", OutboxDeliveryJob.class);

    public static final int OUTBOX_INTERVAL_SECONDS = 30;

    private final String key;
    private final String label;
    private final String cron;
    private final String when;
    private final Class<? extends RevopsJob> jobClass;

    ScheduledJob(String key, String label, String cron, String when, Class<? extends RevopsJob> jobClass) {
        this.key = key;
        this.label = label;
        this.cron = cron;
        this.when = when;
        this.jobClass = jobClass;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /**
     * The Quartz cron expression; empty for the outbox worker and the approval chat's poll, which repeat
     * every 30 seconds. The approval digest's is the default; the scheduler uses the configured time.
     */
    public Optional<String> cron() {
        return Optional.ofNullable(cron);
    }

    public String when() {
        return when;
    }

    /**
     * Whether every run goes into {@code revops_job_runs}. The outbox worker and the chat's poll fire
     * every 30 seconds and record a run only when they did something, so for them no record means
     * "nothing to do yet".
     */
    public boolean recordsEveryRun() {
        return !jobClass.isAnnotationPresent(RecordsOnlyWhenItActs.class);
    }

    public Class<? extends RevopsJob> jobClass() {
        return jobClass;
    }

    public static Optional<ScheduledJob> byKey(String key) {
        for (ScheduledJob job : values()) {
            if (job.key.equals(key)) {
                return Optional.of(job);
            }
        }
        return Optional.empty();
    }
}
