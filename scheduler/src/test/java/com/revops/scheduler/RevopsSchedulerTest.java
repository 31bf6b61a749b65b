package com.revops.scheduler;

import com.revops.scheduler.context.ApprovalDigestTime;

import com.revops.scheduler.context.SchedulerContext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

import com.revops.integrations.db.Database;
import com.revops.integrations.telegram.TelegramSettings;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** SPEC §8 on a real PostgreSQL: two copies on one database send one brief; a missed fire time fires once. */
class RevopsSchedulerTest {
    private Database db;
    private MockWebServer telegram;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private TestContext context;

    @BeforeEach
    void start() throws IOException {
        db = TestDatabase.fresh();
        telegram = new MockWebServer();
        telegram.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                messages.add(request.getBody().readUtf8());
                return new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":" + messages.size() + "}}");
            }
        });
        telegram.start();
        context = new TestContext(db, Clock.systemUTC(),
                Optional.of(new TelegramSettings(telegram.url("/").toString(), "1:token", "42")));
    }

    @AfterEach
    void stop() throws IOException {
        telegram.shutdown();
        db.close();
    }

    private int runs(String job) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM revops_job_runs WHERE job_name = :j AND status = 'ok'")
                .bind("j", job).mapTo(Integer.class).one());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration max) throws InterruptedException {
        Instant end = Instant.now().plus(max);
        while (!condition.getAsBoolean() && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
    }

    @Test
    @Tag("fault") // issue "Reliability and security": two schedulers on one database send one brief
    void twoCopiesOnOneDatabaseSendOneBrief() throws Exception {
        try (RevopsScheduler a = RevopsScheduler.start(context, "copy-a");
             RevopsScheduler b = RevopsScheduler.start(context, "copy-b")) {
            Trigger soon = TriggerBuilder.newTrigger().withIdentity("brief-now", RevopsScheduler.GROUP)
                    .forJob(ScheduledJob.DAILY_BRIEF.key(), RevopsScheduler.GROUP)
                    .startAt(Date.from(Instant.now().plusSeconds(2))).withSchedule(SimpleScheduleBuilder.simpleSchedule()).build();
            b.quartz().scheduleJob(soon);

            waitFor(() -> runs("daily-brief") > 0, Duration.ofSeconds(30));
            Thread.sleep(3000); // room for a second (wrong) run
        }
        assertThat(runs("daily-brief")).isEqualTo(1);
        assertThat(messages.stream().filter(m -> m.contains("Revenue Ops Daily Brief")).count()).isEqualTo(1);
        int sent = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM revops_outbox WHERE kind = 'daily_brief' AND status = 'sent'").mapTo(Integer.class).one());
        assertThat(sent).isEqualTo(1);
    }

    @Test
    void aFireTimeMissedTenTimesFiresOnceOnWaking() throws Exception {
        RevopsScheduler scheduler = RevopsScheduler.create(context, "sleepy");
        try {
            scheduler.ensureJobs();
            // the brief's trigger "hourly" as if the laptop slept through the last ten fire times; its minute is
            // half an hour away, so the next regular fire cannot fall inside this test's window
            int minute = (java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).getMinute() + 30) % 60;
            Trigger missed = TriggerBuilder.newTrigger().withIdentity(ScheduledJob.DAILY_BRIEF.key(), RevopsScheduler.GROUP)
                    .forJob(ScheduledJob.DAILY_BRIEF.key(), RevopsScheduler.GROUP)
                    .startAt(Date.from(Instant.now().minus(Duration.ofHours(10))))
                    .withSchedule(CronScheduleBuilder.cronSchedule("0 " + minute + " * * * ?")
                            .inTimeZone(java.util.TimeZone.getTimeZone("UTC"))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            scheduler.quartz().rescheduleJob(TriggerKey.triggerKey(ScheduledJob.DAILY_BRIEF.key(), RevopsScheduler.GROUP), missed);
            scheduler.quartz().start();

            waitFor(() -> runs("daily-brief") > 0, Duration.ofSeconds(30));
            Thread.sleep(2000);
            assertThat(runs("daily-brief")).isEqualTo(1);
            Date next = scheduler.quartz().getTrigger(TriggerKey.triggerKey(ScheduledJob.DAILY_BRIEF.key(), RevopsScheduler.GROUP))
                    .getNextFireTime();
            assertThat(next.toInstant()).isAfter(Instant.now());
        } finally {
            scheduler.close();
        }
    }

    @Test
    void schedulesEveryJobOfTheSpecInTheOperatorsZone() {
        RevopsScheduler scheduler = RevopsScheduler.create(context, "fresh");
        try {
            scheduler.ensureJobs();
            List<RevopsScheduler.JobState> states = scheduler.states();
            assertThat(states).extracting(s -> s.job()).containsExactly(ScheduledJob.values());
            assertThat(states).allSatisfy(s -> assertThat(s.nextFire()).isPresent());
            // a second start keeps the existing triggers (and their next fire times)
            Instant nextBrief = states.get(0).nextFire().orElseThrow();
            scheduler.ensureJobs();
            assertThat(scheduler.states().get(0).nextFire()).contains(nextBrief);
        } finally {
            scheduler.close();
        }
    }

    @Test
    void theApprovalDigestFiresAtTheConfiguredTimeAndMovesWhenItChanges() throws Exception {
        TriggerKey key = TriggerKey.triggerKey(ScheduledJob.APPROVAL_DIGEST.key(), RevopsScheduler.GROUP);
        RevopsScheduler first = RevopsScheduler.create(new TestContext(db, Clock.systemUTC(), Optional.empty(),
                java.time.LocalTime.of(6, 45)), "digest-a");
        try {
            first.ensureJobs();
            assertThat(((org.quartz.CronTrigger) first.quartz().getTrigger(key)).getCronExpression()).isEqualTo("0 45 6 * * ?");
        } finally {
            first.close();
        }
        // the next start with REVOPS_APPROVAL_DIGEST_AT=07:15: the trigger is replaced, the next fire is at 07:15 UTC
        RevopsScheduler second = RevopsScheduler.create(new TestContext(db, Clock.systemUTC(), Optional.empty(),
                java.time.LocalTime.of(7, 15)), "digest-b");
        try {
            second.ensureJobs();
            Trigger trigger = second.quartz().getTrigger(key);
            assertThat(((org.quartz.CronTrigger) trigger).getCronExpression()).isEqualTo("0 15 7 * * ?");
            java.time.ZonedDateTime next = trigger.getNextFireTime().toInstant().atZone(java.time.ZoneOffset.UTC);
            assertThat(next.toLocalTime()).isEqualTo(java.time.LocalTime.of(7, 15));
        } finally {
            second.close();
        }
    }

    @Test
    void aMalformedDigestTimeKeepsEightOClockAndEveryOtherJob() throws Exception {
        SchedulerContext badTime = new SchedulerContext() {
            @Override
            public com.revops.integrations.db.Database database() {
                return context.database();
            }

            @Override
            public java.time.ZoneId zone() {
                return context.zone();
            }

            @Override
            public Clock clock() {
                return context.clock();
            }

            @Override
            public com.revops.integrations.notify.Notifier notifier() {
                return context.notifier();
            }

            @Override
            public com.revops.integrations.brief.RecommendationWriter recommendationWriter() {
                return context.recommendationWriter();
            }

            @Override
            public java.time.LocalTime approvalDigestAt() {
                return ApprovalDigestTime.parse(Optional.of("8h"));
            }
        };
        RevopsScheduler scheduler = RevopsScheduler.create(badTime, "bad-time");
        try {
            scheduler.ensureJobs();
            Trigger digest = scheduler.quartz().getTrigger(TriggerKey.triggerKey(ScheduledJob.APPROVAL_DIGEST.key(), RevopsScheduler.GROUP));
            assertThat(((org.quartz.CronTrigger) digest).getCronExpression()).isEqualTo("0 0 8 * * ?");
            assertThat(scheduler.states()).allSatisfy(s -> assertThat(s.nextFire()).isPresent());
        } finally {
            scheduler.close();
        }
    }
}
