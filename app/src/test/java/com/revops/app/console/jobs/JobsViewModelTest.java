package com.revops.app.console.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.App;
import com.revops.app.console.TestConsole;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.notify.Outbox;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;
import com.revops.scheduler.RevopsScheduler;
import com.revops.scheduler.ScheduledJob;

/** The Jobs ViewModel on a real database: recorded runs, the outbox and its retries, with and without a scheduler. */
class JobsViewModelTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;
    private TestConsole console;
    private JobsViewModel model;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        run("daily-brief", "2026-03-01T07:30:00Z", "ok", "brief sent");
        run("alert-check", "2026-03-02T00:00:00Z", "failed", "Database unreachable");
        run("alert-check", "2026-03-02T06:00:00Z", "ok", "2 alert(s) firing, none new");
        Outbox outbox = new Outbox(db.jdbi());
        outbox.enqueue("alert:a", "alert", "⚠️ <b>Pipeline stagnation</b>\nNo stage transitions in 5 days", NOW.minusSeconds(600));
        outbox.enqueue("brief:b", "daily_brief", "<b>Revenue Ops Daily Brief</b>\n…", NOW.minusSeconds(300));
        db.jdbi().useHandle(h -> h.execute("UPDATE revops_outbox SET status = 'failed', attempts = 1, last_error = 'Telegram: chat not found'"
                + " WHERE idempotency_key = 'alert:a'"));
        console = TestConsole.on(db, home, NOW);
        model = new JobsViewModel(console.context());
    }

    private void run(String job, String at, String status, String message) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO revops_job_runs (job_name, instance, scheduled_for, started_at, finished_at, status, message)
                        VALUES (:j, 'test', :at, :at, :at, :s, :m)""")
                .bind("j", job).bind("at", SqlTime.bind(Instant.parse(at))).bind("s", status).bind("m", message).execute());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void withoutASchedulerTheJobsShowTheirRecordedRunsAndSaySo() {
        model.refresh();
        assertThat(model.schedulerStatusProperty().get()).startsWith("No scheduler is running in this console");
        assertThat(model.jobs()).extracting(JobRow::job).containsExactly(ScheduledJob.values());
        JobRow alerts = model.jobs().stream().filter(r -> r.job() == ScheduledJob.ALERT_CHECK).findFirst().orElseThrow();
        assertThat(alerts.lastStatus()).isEqualTo("ok");
        assertThat(alerts.lastMessage()).isEqualTo("2 alert(s) firing, none new");
        assertThat(alerts.lastError()).contains("Database unreachable");
        assertThat(alerts.nextFire()).isEmpty();
        assertThat(alerts.trigger()).isEqualTo("scheduler not running");
        assertThat(model.jobs().stream().filter(r -> r.job() == ScheduledJob.WEEKLY_REPORT).findFirst().orElseThrow().lastStatus())
                .isEqualTo("never run");
        // the outbox job records only runs that sent or failed something: no record is not "never run"
        JobRow outbox = model.jobs().stream().filter(r -> r.job() == ScheduledJob.OUTBOX_DELIVERY).findFirst().orElseThrow();
        assertThat(outbox.lastStatus()).isEqualTo("nothing sent yet");
        assertThat(outbox.lastMessage()).isEqualTo("checks every 30 s; a run shows here once it sends a message or Telegram refuses one");
        model.runNow(ScheduledJob.ALERT_CHECK);
        assertThat(model.actionResultProperty().get()).isEqualTo("No scheduler is running: Alert check cannot be started from here.");
    }

    @Test
    void theOutboxListsMessagesAndRetryPutsAFailedOneBack() {
        model.refresh();
        assertThat(model.outbox()).extracting(OutboxRow::firstLine).containsExactly("Revenue Ops Daily Brief — …",
                "Pipeline stagnation — No stage transitions in 5 days");
        assertThat(model.outboxSummaryProperty().get()).startsWith("1 pending · 0 sent · 1 failed · Telegram is not configured");
        OutboxRow failed = model.outbox().get(1);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.lastError()).contains("Telegram: chat not found");
        model.retry(failed);
        assertThat(model.actionResultProperty().get()).isEqualTo("1 message back in the queue; Telegram is not configured, so they wait (Settings).");
        assertThat(model.outboxSummaryProperty().get()).startsWith("2 pending · 0 sent · 0 failed");
        model.retryAllFailed();
        assertThat(model.actionResultProperty().get()).isEqualTo("Nothing to retry.");
    }

    /** Telegram not configured (or misconfigured): the messages show as waiting for configuration, not failed (issue 13 point 5). */
    @Test
    void messagesWaitingForTelegramsSettingsSaySo() {
        console.context().services().notifier().deliver(NOW); // what the outbox job does every 30 s
        db.jdbi().useHandle(h -> h.execute("UPDATE revops_outbox SET resent = true WHERE idempotency_key = 'brief:b'"));
        model.refresh();
        OutboxRow brief = model.outbox().get(0);
        assertThat(brief.status()).isEqualTo("waiting");
        assertThat(brief.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("waiting for configuration: Telegram is not configured"));
        assertThat(brief.nextAttempt()).isEmpty();
        assertThat(brief.firstLine()).startsWith("(resent) Revenue Ops Daily Brief");
        assertThat(model.outbox().get(1).status()).isEqualTo("failed"); // a refused message keeps its own reason
    }

    @Test
    void sendBriefNowQueuesAnotherCopy() {
        model.sendBriefNow();
        assertThat(model.actionResultProperty().get()).isEqualTo("Daily brief queued; Telegram is not configured (Settings).");
        assertThat(new Fixtures(db).count("SELECT count(*) FROM revops_outbox WHERE kind = 'daily_brief'")).isEqualTo(2);
        assertThat(console.dataChanges()).hasValue(1);
    }

    @Test
    void withARunningSchedulerEveryJobHasANextFireTime() {
        App services = console.context().services();
        try (RevopsScheduler scheduler = RevopsScheduler.start(services, "jobs-screen-test")) {
            console.context().scheduler(scheduler);
            model.refresh();
            assertThat(model.schedulerStatusProperty().get()).startsWith("Scheduler running — times in Z");
            assertThat(model.jobs()).allSatisfy(r -> {
                assertThat(r.nextFire()).isPresent();
                assertThat(r.trigger()).isIn("normal", "blocked");
            });
        }
    }
}
