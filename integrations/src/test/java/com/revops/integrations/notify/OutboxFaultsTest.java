package com.revops.integrations.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.Pause;
import com.revops.integrations.telegram.TelegramClient;
import com.revops.integrations.telegram.TelegramSettings;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The outbox when things go wrong (issue 13 points 5 and 6; decision 0029), on a real PostgreSQL and a
 * real HTTP server standing in for Telegram: wrong settings park nothing, a refused message fails
 * alone, a send interrupted by a crash goes out at most once more, marked as a resend.
 */
@Tag("fault")
class OutboxFaultsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T07:30:00Z");
    private Database db;
    private MockWebServer telegram;
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    /** What Telegram answers: 200 with a message id, or this status with Telegram's error body. */
    private volatile int answer = 200;

    @BeforeEach
    void start() throws IOException {
        db = TestDatabase.fresh();
        telegram = new MockWebServer();
        telegram.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().readUtf8();
                if (answer != 200) {
                    return new MockResponse().setResponseCode(answer)
                            .setBody("{\"ok\":false,\"error_code\":" + answer + ",\"description\":\"Unauthorized\"}");
                }
                if (body.contains("unparsable")) {
                    return new MockResponse().setResponseCode(400)
                            .setBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}");
                }
                delivered.add(body);
                return new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":" + delivered.size() + "}}");
            }
        });
        telegram.start();
    }

    @AfterEach
    void stop() throws IOException {
        telegram.shutdown();
        db.close();
    }

    private Notifier notifier(String apiBase) {
        return new Notifier(db, ZoneOffset.UTC, Optional.of(new TelegramSettings(apiBase, "1:tok", "99")), java.time.Clock.systemUTC(), d -> { });
    }

    private String column(String sql) {
        List<String> values = db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
        return String.join(",", values);
    }

    private void queueThree(Outbox outbox) {
        for (String key : new String[] {"daily_brief:2026-03-02", "alert:pipeline_stagnation:pipeline:2026-03-02", "weekly_report:2026-03-02"}) {
            outbox.enqueue(key, key.substring(0, key.indexOf(':')), "Message " + key, T0);
        }
    }

    @Test
    void oneCallWithABaseUrlThatIsNoUrlParksNothingAndTheRightSettingsSendEverything() {
        Outbox outbox = new Outbox(db.jdbi());
        queueThree(outbox); // queued by the scheduler, a cron call and the console
        // a cron line with REVOPS_TELEGRAM_API_BASE='not a url'
        Outbox.DeliveryReport report = notifier("not a url").deliver(T0);
        assertThat(report.halt()).contains(Outbox.Halt.WAITING_FOR_CONFIGURATION);
        assertThat(column("SELECT status || ' ' || attempts FROM revops_outbox ORDER BY id")).isEqualTo("pending 0,pending 0,pending 0");
        assertThat(column("SELECT coalesce(last_error, '-') FROM revops_outbox ORDER BY id"))
                .startsWith("waiting for configuration: Telegram: the API base 'not a url' is not a URL");
        assertThat(outbox.recent(1).get(0).waitingForConfiguration()).isFalse(); // only the head was tried
        assertThat(outbox.recent(3).get(2).waitingForConfiguration()).isTrue();

        // the daemon, configured right, sends all three at its next run: nothing was parked
        assertThat(notifier(telegram.url("/").toString()).deliver(T0.plusSeconds(30)).sent()).isEqualTo(3);
        assertThat(column("SELECT status FROM revops_outbox ORDER BY id")).isEqualTo("sent,sent,sent");
        assertThat(column("SELECT coalesce(last_error, '-') FROM revops_outbox ORDER BY id")).isEqualTo("-,-,-");
    }

    @Test
    void aTokenTelegramRefusesWaitsForTheFixWithoutBackoff() {
        Outbox outbox = new Outbox(db.jdbi());
        queueThree(outbox);
        answer = 401;
        Notifier notifier = notifier(telegram.url("/").toString());
        assertThat(notifier.deliver(T0).halt()).contains(Outbox.Halt.WAITING_FOR_CONFIGURATION);
        assertThat(notifier.deliver(T0.plusSeconds(30)).sent()).isZero();
        assertThat(telegram.getRequestCount()).as("one request per run, for the first message only").isEqualTo(2);
        assertThat(column("SELECT status || ' ' || attempts || ' ' || next_attempt_at::text FROM revops_outbox ORDER BY id LIMIT 1"))
                .isEqualTo("pending 0 2026-03-02 07:30:00+00");
        assertThat(notifier.deliver(T0.plusSeconds(60), "daily_brief:2026-03-02").status()).isEqualTo(Delivery.Status.WAITING_FOR_CONFIGURATION);

        answer = 200; // the operator fixed the token
        assertThat(notifier.deliver(T0.plusSeconds(90)).sent()).isEqualTo(3);
    }

    @Test
    void withoutTelegramSettingsEveryMessageSaysItWaitsForConfiguration() {
        Outbox outbox = new Outbox(db.jdbi());
        queueThree(outbox);
        Notifier unconfigured = new Notifier(db, ZoneOffset.UTC, Optional.empty(), java.time.Clock.systemUTC(), Pause.REAL);
        assertThat(unconfigured.deliver(T0).halt()).contains(Outbox.Halt.NOT_CONFIGURED);
        assertThat(outbox.recent(3)).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo("pending");
            assertThat(m.waitingForConfiguration()).isTrue();
            assertThat(m.lastError()).contains("waiting for configuration: " + Notifier.NOT_CONFIGURED);
        });
        assertThat(unconfigured.deliver(T0, "daily_brief:2026-03-02").status()).isEqualTo(Delivery.Status.NOT_CONFIGURED);
    }

    @Test
    void aMessageTelegramRefusesFailsAloneAndTheOthersGoOut() {
        Outbox outbox = new Outbox(db.jdbi());
        outbox.enqueue("alert:a", "alert", "first", T0);
        outbox.enqueue("alert:b", "alert", "unparsable <b", T0);
        outbox.enqueue("alert:c", "alert", "third", T0);
        Outbox.DeliveryReport report = notifier(telegram.url("/").toString()).deliver(T0);
        assertThat(report.sent()).isEqualTo(2);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(column("SELECT status FROM revops_outbox ORDER BY id")).isEqualTo("sent,failed,sent");
    }

    /** The process dies during the request (the sender throws an Error, as kill -9 would stop it there). */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private Outbox.MessageSender crashingAfterTelegramTookIt() {
        TelegramClient client = new TelegramClient(HttpClients.shared(), new TelegramSettings(telegram.url("/").toString(), "1:tok", "99"),
                Clock.systemUTC(), d -> { });
        return body -> {
            client.sendMessage(body);
            throw new Crash();
        };
    }

    private Outbox.MessageSender healthy() {
        TelegramClient client = new TelegramClient(HttpClients.shared(), new TelegramSettings(telegram.url("/").toString(), "1:tok", "99"),
                Clock.systemUTC(), d -> { });
        return body -> Long.toString(client.sendMessage(body));
    }

    @Test
    void aSendInterruptedByACrashGoesOutOnceMoreMarkedAsAResend() throws InterruptedException {
        Outbox outbox = new Outbox(db.jdbi());
        outbox.enqueue("daily_brief:2026-03-02", "daily_brief", "The brief", T0);
        outbox.enqueue("alert:x", "alert", "An alert", T0);
        assertThatThrownBy(() -> outbox.deliverDue(crashingAfterTelegramTookIt(), T0, 10)).isInstanceOf(Crash.class);
        assertThat(column("SELECT status FROM revops_outbox ORDER BY id")).isEqualTo("sending,pending");

        // a restart within the lease: the claim still protects the message (its request may still be running)
        assertThat(new Outbox(db.jdbi()).deliverDue(healthy(), T0.plusSeconds(1), 10).sent()).isEqualTo(1);
        assertThat(column("SELECT status FROM revops_outbox ORDER BY id")).isEqualTo("sending,sent");

        // after the lease: sent once more, marked
        Thread.sleep(20);
        Outbox restarted = new Outbox(db.jdbi(), Duration.ofMillis(10));
        assertThat(restarted.deliverDue(healthy(), T0.plusSeconds(120), 10).sent()).isEqualTo(1);
        assertThat(delivered).hasSize(3);
        assertThat(delivered.get(0)).contains("\"text\":\"The brief\"");
        assertThat(delivered.get(2)).contains("\"text\":\"(resent) The brief\"");
        assertThat(restarted.recent(2).get(1).resent()).isTrue();
        assertThat(column("SELECT status FROM revops_outbox ORDER BY id")).isEqualTo("sent,sent");
        // nothing more goes out
        assertThat(restarted.deliverDue(healthy(), T0.plusSeconds(300), 10).sent()).isZero();
        assertThat(delivered).hasSize(3);
    }

    @Test
    void aResendInterruptedAgainIsNotRepeatedButFailedForTheOperatorToCheck() throws InterruptedException {
        Outbox outbox = new Outbox(db.jdbi(), Duration.ofMillis(10));
        outbox.enqueue("daily_brief:2026-03-02", "daily_brief", "The brief", T0);
        assertThatThrownBy(() -> outbox.deliverDue(crashingAfterTelegramTookIt(), T0, 10)).isInstanceOf(Crash.class);
        Thread.sleep(20);
        assertThatThrownBy(() -> outbox.deliverDue(crashingAfterTelegramTookIt(), T0, 10)).isInstanceOf(Crash.class);
        Thread.sleep(20);
        assertThat(outbox.deliverDue(healthy(), T0, 10).sent()).isZero();
        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(1)).contains("(resent) The brief");
        assertThat(column("SELECT status || ': ' || last_error FROM revops_outbox"))
                .startsWith("failed: the app stopped twice while sending this message; it may have reached Telegram");
    }
}
