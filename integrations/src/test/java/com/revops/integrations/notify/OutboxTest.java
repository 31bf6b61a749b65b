package com.revops.integrations.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.telegram.TelegramClient;
import com.revops.integrations.telegram.TelegramSettings;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** The outbox against a real PostgreSQL and a real HTTP server standing in for Telegram. */
class OutboxTest {
    private static final Instant T0 = Instant.parse("2026-03-02T07:30:00Z");
    private Database db;
    private MockWebServer telegram;
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private volatile boolean telegramUp = true;

    @BeforeEach
    void start() throws IOException {
        db = TestDatabase.fresh();
        telegram = new MockWebServer();
        telegram.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!telegramUp) {
                    return new MockResponse().setResponseCode(503).setBody("{\"ok\":false,\"error_code\":503,\"description\":\"Service Unavailable\"}");
                }
                delivered.add(request.getBody().readUtf8());
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

    private Outbox.MessageSender sender() {
        TelegramClient client = new TelegramClient(HttpClients.shared(),
                new TelegramSettings(telegram.url("/").toString(), "1:tok", "99"), Clock.systemUTC(), d -> { });
        return body -> Long.toString(client.sendMessage(body));
    }

    @Test
    void theSameKeyIsQueuedOnce() {
        Outbox outbox = new Outbox(db.jdbi());
        assertThat(outbox.enqueue("daily_brief:2026-03-02", "daily_brief", "Brief", T0)).isTrue();
        assertThat(outbox.enqueue("daily_brief:2026-03-02", "daily_brief", "Brief again", T0)).isFalse();
        assertThat(outbox.counts().pending()).isEqualTo(1);
    }

    @Test
    void telegramDownForAWhileThenBackLosesNothingAndDuplicatesNothingAcrossARestart() {
        Outbox outbox = new Outbox(db.jdbi());
        for (int i = 1; i <= 3; i++) {
            outbox.enqueue("alert:" + i, "alert", "Alert " + i, T0);
        }
        telegramUp = false;
        Outbox.DeliveryReport down = outbox.deliverDue(sender(), T0, 10);
        assertThat(down.sent()).isZero();
        assertThat(down.stoppedBy()).hasValueSatisfying(m -> assertThat(m).contains("Service Unavailable"));
        assertThat(outbox.counts().pending()).isEqualTo(3);
        // back 10 s later: the two that were never tried go out; the one that failed waits for its backoff (30 s)
        telegramUp = true;
        assertThat(outbox.deliverDue(sender(), T0.plusSeconds(10), 10).sent()).isEqualTo(2);
        assertThat(outbox.counts().pending()).isEqualTo(1);

        // "restart": a new outbox on the same database, after the backoff
        Outbox afterRestart = new Outbox(db.jdbi());
        Outbox.DeliveryReport back = afterRestart.deliverDue(sender(), T0.plus(Duration.ofMinutes(1)), 10);
        assertThat(back.sent()).isEqualTo(1);
        assertThat(delivered).hasSize(3);
        assertThat(delivered.get(0)).contains("Alert 2");
        assertThat(delivered.get(1)).contains("Alert 3");
        assertThat(delivered.get(2)).contains("Alert 1");
        // delivering again sends nothing more
        assertThat(afterRestart.deliverDue(sender(), T0.plus(Duration.ofMinutes(2)), 10).sent()).isZero();
        assertThat(afterRestart.counts().sent()).isEqualTo(3);
        assertThat(afterRestart.recent(10)).allSatisfy(m -> assertThat(m.externalId()).isPresent());
    }

    @Test
    void twoDeliverersAtOnceNeverSendAMessageTwice() throws Exception {
        Outbox outbox = new Outbox(db.jdbi());
        for (int i = 1; i <= 5; i++) {
            outbox.enqueue("m:" + i, "alert", "Message " + i, T0);
        }
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread thread = new Thread(() -> {
                for (int round = 0; round < 5; round++) {
                    new Outbox(db.jdbi()).deliverDue(sender(), T0, 10);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(delivered).hasSize(5);
        assertThat(delivered.stream().distinct().count()).isEqualTo(5);
    }

    @Test
    void aMessageWaitingToRetryDoesNotHoldBackANewerOne() {
        Outbox outbox = new Outbox(db.jdbi());
        outbox.enqueue("alert:old", "alert", "Old alert", T0);
        telegramUp = false;
        outbox.deliverDue(sender(), T0, 10); // fails: the old alert waits 30 s
        telegramUp = true;
        outbox.enqueue("daily_brief:2026-03-02", "daily_brief", "The brief", T0.plusSeconds(5));

        Outbox.DeliveryReport report = outbox.deliverDue(sender(), T0.plusSeconds(5), 10);

        assertThat(report.sent()).isEqualTo(1);
        assertThat(delivered).containsExactly(delivered.get(0));
        assertThat(delivered.get(0)).contains("The brief");
        assertThat(outbox.state("daily_brief:2026-03-02")).hasValueSatisfying(st -> assertThat(st.sent()).isTrue());
        assertThat(outbox.state("alert:old")).hasValueSatisfying(st -> {
            assertThat(st.status()).isEqualTo("pending");
            assertThat(st.lastError()).hasValueSatisfying(e -> assertThat(e).contains("Service Unavailable"));
        });
        assertThat(outbox.state("no-such-key")).isEmpty();
    }

    @Test
    void backoffDoublesFromThirtySecondsUpToAnHour() {
        assertThat(Outbox.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Outbox.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Outbox.backoff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Outbox.backoff(30)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aLongMessageIsQueuedAsOrderedPartsOfAtMost4096() {
        Outbox outbox = new Outbox(db.jdbi());
        String report = ("A line of the weekly report that is long enough\n").repeat(200);
        outbox.enqueue("weekly_report:2026-03-02", "weekly_report", report, T0);
        assertThat(outbox.deliverDue(sender(), T0, 10).sent()).isGreaterThan(1);
        assertThat(delivered).allSatisfy(body -> assertThat(body.length()).isLessThan(4096 + 200));
        assertThat(outbox.counts().pending()).isZero();
    }
}
