package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.notify.Outbox;
import com.revops.integrations.telegram.TelegramClient;
import com.revops.integrations.telegram.TelegramSettings;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Fault injection: the process delivering the daily brief is killed (SIGKILL) while its request to a
 * slow Telegram is in flight — the case where nobody can know whether Telegram got the message. On the
 * next delivery after the lease the brief goes out once more, marked "(resent)", and never again
 * (issue 13 point 6; decision 0029).
 */
@Tag("fault")
class DeliveryKillFaultTest {
    private static final String AS_OF = "2026-03-02T07:30:00Z";
    private Database db;
    private MockWebServer telegram;
    private final List<String> texts = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstRequestArrived = new CountDownLatch(1);
    private final CountDownLatch slowAnswer = new CountDownLatch(1);
    @TempDir
    Path home;

    @BeforeEach
    void start() throws IOException {
        db = TestDatabase.fresh();
        new Fixtures(db).contact("c-1", "decision", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"),
                "ai_automation");
        telegram = new MockWebServer();
        telegram.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                texts.add(text(request.getBody().readUtf8()));
                MockResponse ok = new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":" + texts.size() + "}}");
                if (texts.size() == 1) {
                    firstRequestArrived.countDown();
                    try {
                        slowAnswer.await(60, TimeUnit.SECONDS); // Telegram is slow: the sender is killed meanwhile
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return ok;
            }
        });
        telegram.start();
    }

    @AfterEach
    void stop() throws IOException {
        slowAnswer.countDown();
        telegram.shutdown();
        db.close();
    }

    private static String text(String json) {
        try {
            JsonNode node = CliSession.mapper().readTree(json);
            return node.get("text").asText();
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }

    @Test
    void aSenderKilledDuringItsRequestLeadsToAtMostOneLabelledResend() throws Exception {
        Process cli = startDailyBrief();
        try {
            assertThat(firstRequestArrived.await(120, TimeUnit.SECONDS)).as("the brief's request reached Telegram").isTrue();
            cli.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
            assertThat(cli.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            cli.destroyForcibly();
        }
        Fixtures f = new Fixtures(db);
        assertThat(f.text("SELECT status FROM revops_outbox WHERE kind = 'daily_brief'")).isEqualTo("sending");

        // the next delivery (here with a one-second lease instead of the minute a real one waits)
        Thread.sleep(1100);
        Outbox outbox = new Outbox(db.jdbi(), Duration.ofSeconds(1));
        TelegramClient client = new TelegramClient(HttpClients.shared(), new TelegramSettings(telegram.url("/").toString(), "123:secret",
                "-100777"), Clock.systemUTC(), d -> { });
        Outbox.MessageSender sender = body -> Long.toString(client.sendMessage(body));
        assertThat(outbox.deliverDue(sender, Instant.parse(AS_OF).plusSeconds(120), 10).sent()).isEqualTo(1);
        assertThat(outbox.deliverDue(sender, Instant.parse(AS_OF).plusSeconds(300), 10).sent()).isZero();

        assertThat(texts).hasSize(2);
        assertThat(texts.get(0)).startsWith("💰 <b>Revenue Ops Daily Brief — Mar 2, 2026</b>");
        assertThat(texts.get(1)).isEqualTo(Outbox.RESENT_MARK + texts.get(0));
        assertThat(f.text("SELECT status || ' resent=' || resent FROM revops_outbox WHERE kind = 'daily_brief'")).isEqualTo("sent resent=true");
    }

    /** {@code revops --daily-brief} as cron runs it: a JVM of its own on the test database, Telegram at the slow server. */
    private Process startDailyBrief() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "com.revops.app.Main", "--daily-brief", "--as-of", AS_OF).redirectErrorStream(true)
                .redirectOutput(home.resolve("cli.log").toFile());
        builder.environment().put("REVOPS_HOME", home.toString());
        builder.environment().put("REVOPS_KEYCHAIN", "off");
        builder.environment().put("REVOPS_TZ", "UTC");
        builder.environment().put("REVOPS_DB_URL", ((HikariDataSource) db.dataSource()).getJdbcUrl());
        builder.environment().put("REVOPS_DB_USER", "postgres");
        builder.environment().put("REVOPS_TELEGRAM_BOT_TOKEN", "123:secret");
        builder.environment().put("REVOPS_TELEGRAM_CHAT_ID", "-100777");
        builder.environment().put("REVOPS_TELEGRAM_API_BASE", telegram.url("/").toString());
        return builder.start();
    }
}
