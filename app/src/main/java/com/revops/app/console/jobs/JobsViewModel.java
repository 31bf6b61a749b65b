package com.revops.app.console.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.notify.Outbox;
import com.revops.scheduler.context.Briefings;
import com.revops.integrations.jobs.JobRuns;
import com.revops.scheduler.RevopsScheduler;
import com.revops.scheduler.ScheduledJob;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Jobs (SPEC §6): the scheduler's jobs with their next and previous fire times and newest run, the
 * Telegram outbox, and the operator's actions — run a job now, send the brief now, retry messages.
 */
public final class JobsViewModel extends ScreenModel {
    public static final int OUTBOX_ROWS = 200;

    private final ConsoleContext context;
    private final ObservableList<JobRow> jobs = FXCollections.observableArrayList();
    private final ObservableList<OutboxRow> outbox = FXCollections.observableArrayList();
    private final BooleanProperty schedulerRunning = new SimpleBooleanProperty(false);
    private final StringProperty schedulerStatus = new SimpleStringProperty("");
    private final StringProperty outboxSummary = new SimpleStringProperty("");
    private final StringProperty actionResult = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public JobsViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    @Override
    public void refresh() {
        Optional<RevopsScheduler> scheduler = context.scheduler();
        load(() -> fetch(scheduler), this::apply);
    }

    private Snapshot fetch(Optional<RevopsScheduler> scheduler) {
        var db = context.services().database();
        Map<String, JobRuns.LastRun> runs = context.services().stores().jobRuns().lastRuns();
        Map<ScheduledJob, RevopsScheduler.JobState> states = new java.util.EnumMap<>(ScheduledJob.class);
        scheduler.ifPresent(s -> s.states().forEach(state -> states.put(state.job(), state)));
        List<JobRow> rows = new ArrayList<>();
        for (ScheduledJob job : ScheduledJob.values()) {
            Optional<RevopsScheduler.JobState> state = Optional.ofNullable(states.get(job));
            Optional<JobRuns.LastRun> run = Optional.ofNullable(runs.get(job.key()));
            rows.add(new JobRow(job, state.flatMap(RevopsScheduler.JobState::nextFire), state.flatMap(RevopsScheduler.JobState::previousFire),
                    state.map(RevopsScheduler.JobState::state).orElse("scheduler not running"),
                    run.map(JobRuns.LastRun::status).orElse(neverRecorded(job)), run.map(JobRuns.LastRun::startedAt),
                    run.flatMap(JobRuns.LastRun::message).orElse(run.isEmpty() ? quietNote(job) : ""),
                    run.flatMap(JobRuns.LastRun::lastError),
                    run.flatMap(JobRuns.LastRun::lastErrorAt)));
        }
        Outbox box = context.services().stores().outbox();
        boolean running = scheduler.map(RevopsScheduler::isRunning).orElse(false);
        return new Snapshot(rows, box.recent(OUTBOX_ROWS).stream().map(OutboxRow::of).toList(), box.counts(), running,
                scheduler.isPresent(), context.services().notifier().telegramConfigured());
    }

    /** No recorded run: a job that records every run never ran; the outbox worker has sent nothing yet. */
    static String neverRecorded(ScheduledJob job) {
        return job.recordsEveryRun() ? "never run" : "nothing sent yet";
    }

    private static String quietNote(ScheduledJob job) {
        return job.recordsEveryRun() ? "" : "checks every 30 s; a run shows here once it sends a message or Telegram refuses one";
    }

    private void apply(Snapshot s) {
        jobs.setAll(s.jobs());
        outbox.setAll(s.outbox());
        schedulerRunning.set(s.running());
        if (!s.present()) {
            schedulerStatus.set("No scheduler is running in this console, so nothing fires on schedule: next fire times are unknown. "
                    + "Briefs and alerts are sent only by a running console or ./revops --daemon. The runs below are what was recorded.");
        } else if (!s.running()) {
            schedulerStatus.set("The scheduler is stopped or in standby: nothing fires until it runs again.");
        } else {
            schedulerStatus.set("Scheduler running — times in " + context.zone().getId()
                    + ". A fire time missed while the laptop slept fires once on waking.");
        }
        Outbox.Counts c = s.counts();
        outboxSummary.set(c.pending() + " pending · " + c.sent() + " sent · " + c.failed() + " failed"
                + (s.telegram() ? "" : " · Telegram is not configured: messages wait until it is (Settings)"));
    }

    /** Fires the job now through Quartz (its run appears in the table once it finishes). */
    public void runNow(ScheduledJob job) {
        Optional<RevopsScheduler> scheduler = context.scheduler();
        if (scheduler.isEmpty()) {
            actionResult.set("No scheduler is running: " + job.label() + " cannot be started from here.");
            return;
        }
        act(() -> {
            scheduler.get().runNow(job);
            return job.label() + " started; its result appears under Last run when it finishes.";
        }, false);
    }

    /** Sends another copy of today's daily brief now (off the FX thread). */
    public void sendBriefNow() {
        Instant now = context.clock().instant();
        act(() -> {
            Briefings.Result result = new Briefings(context.services()).sendDailyBrief(now, true);
            return "Daily brief " + com.revops.app.console.ui.TelegramDeliveryText.of(result.delivery()) + ".";
        }, true);
    }

    /** Puts one failed (or waiting) message back in the queue, due now, and delivers what is due. */
    public void retry(OutboxRow row) {
        act(() -> retried(Optional.of(row.id())), true);
    }

    public void retryAllFailed() {
        act(() -> retried(Optional.empty()), true);
    }

    private String retried(Optional<Long> id) {
        Instant now = context.clock().instant();
        Notifier notifier = context.services().notifier();
        int count = notifier.outbox().retry(id, now);
        if (count == 0) {
            return "Nothing to retry.";
        }
        String back = count + " message" + (count == 1 ? "" : "s") + " back in the queue";
        if (!notifier.telegramConfigured()) {
            return back + "; Telegram is not configured, so they wait (Settings).";
        }
        Outbox.DeliveryReport report = notifier.deliver(now);
        return back + "; " + report.sent() + " sent" + report.stoppedBy().map(r -> ", stopped: " + r).orElse("") + ".";
    }

    private void act(Supplier<String> work, boolean changesData) {
        busy.set(true);
        actionResult.set("");
        executor.background(work).whenComplete((message, error) -> executor.ui(() -> {
            busy.set(false);
            actionResult.set(error == null ? message : "Failed: " + describe(error));
            if (changesData && error == null) {
                context.dataChanged();
            }
            refresh();
        }));
    }

    public ObservableList<JobRow> jobs() {
        return jobs;
    }

    public ObservableList<OutboxRow> outbox() {
        return outbox;
    }

    public BooleanProperty schedulerRunningProperty() {
        return schedulerRunning;
    }

    public StringProperty schedulerStatusProperty() {
        return schedulerStatus;
    }

    public StringProperty outboxSummaryProperty() {
        return outboxSummary;
    }

    public StringProperty actionResultProperty() {
        return actionResult;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    private record Snapshot(List<JobRow> jobs, List<OutboxRow> outbox, Outbox.Counts counts, boolean running, boolean present,
                            boolean telegram) {
    }
}
