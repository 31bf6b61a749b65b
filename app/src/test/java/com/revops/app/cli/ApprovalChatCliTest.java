package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.FakeTelegram;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockWebServer;

/**
 * {@code --approval-digest} and {@code --telegram-poll} through the real CLI, a real PostgreSQL and a
 * real HTTP server standing in for the Bot API: the digest's Approve pressed twice approves once, and
 * the item is then in {@code --queue --json} for the worker.
 */
class ApprovalChatCliTest {
    private static final String OPERATOR = "4242";
    private static final String DIGEST_AT = "2026-03-02T07:00:00Z";
    private static final String PRESSED_AT = "2026-03-02T07:14:00Z";
    @TempDir
    Path home;
    private Database db;
    private OutreachFixtures fx;
    private MockWebServer server;
    private final FakeTelegram telegram = new FakeTelegram();
    private UUID item;

    @BeforeEach
    void setUp() throws IOException {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
        UUID ada = fx.contact("Ada <Lovelace>", "@ada", "instagram", "awareness", "fintech", new String[] {});
        item = fx.pending(ada, "dm", "dm_send", "instagram", "Hi Ada, open to a quick chat about invoices & bots?",
                Instant.parse("2026-03-02T05:00:00Z"));
        server = new MockWebServer();
        server.setDispatcher(telegram);
        server.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
        db.close();
    }

    /** A private chat with the operator: the chat id is the operator's user id. */
    private RevopsEnvironment configured() {
        return CliRun.environment(home, Map.of("REVOPS_TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN, "REVOPS_TELEGRAM_CHAT_ID", OPERATOR,
                "REVOPS_TELEGRAM_API_BASE", server.url("/").toString(), "REVOPS_TZ", "Europe/Berlin"));
    }

    @Test
    void anApprovePressedTwiceFromTheChatApprovesOnceAndTheWorkerSeesTheItem() {
        CliRun digest = CliRun.on(db, configured(), "--approval-digest", "--json", "--as-of", DIGEST_AT);
        assertThat(digest.exitCode).as(digest.toString()).isZero();
        assertThat(digest.json().path("queued")).hasSize(1);
        assertThat(digest.json().path("delivery").asText()).isEqualTo("sent to Telegram");
        // the item's card, then the summary with "Approve all 1 shown"
        assertThat(telegram.calls("sendMessage")).hasSize(2);
        JsonNode card = telegram.calls("sendMessage").get(0);
        assertThat(card.path("text").asText()).contains("<b>Ada &lt;Lovelace&gt;</b>").contains("invoices &amp; bots?");
        String approve = FakeTelegram.button(card.path("reply_markup"), "✅ Approve").orElseThrow();

        telegram.press(1, approve, OPERATOR, OPERATOR, "private", FakeTelegram.messageId(0), card.path("text").asText());
        telegram.press(2, approve, OPERATOR, OPERATOR, "private", FakeTelegram.messageId(0), card.path("text").asText());
        CliRun poll = CliRun.on(db, configured(), "--telegram-poll", "--json", "--as-of", PRESSED_AT);

        assertThat(poll.exitCode).as(poll.toString()).isZero();
        assertThat(poll.json().path("polled").asBoolean()).isTrue();
        assertThat(poll.json().path("handled")).extracting(h -> h.path("outcome").asText()).containsExactly("done", "refused");
        assertThat(poll.json().path("handled").get(1).path("detail").asText()).startsWith("it is already approved");
        assertThat(telegram.calls("answerCallbackQuery")).hasSize(2);
        assertThat(fx.audit(item)).singleElement().satisfies(a -> assertThat(a).containsEntry("action", "approve")
                .containsEntry("actor", "telegram:" + OPERATOR));

        CliRun queue = CliRun.on(db, configured(), "--queue", "--json", "--as-of", PRESSED_AT);
        assertThat(queue.json().path("items")).extracting(i -> i.path("id").asText()).containsExactly(item.toString());

        // a second poll: Telegram was told both updates were read; nothing is handled again
        CliRun again = CliRun.on(db, configured(), "--telegram-poll", "--json", "--as-of", PRESSED_AT);
        assertThat(again.json().path("handled")).isEmpty();
        assertThat(telegram.last("getUpdates").path("offset").asLong()).isEqualTo(3);
        assertThat(fx.audit(item)).hasSize(1);
    }

    @Test
    void aSecondDigestTheSameDaySendsNothingAgain() {
        assertThat(CliRun.on(db, configured(), "--approval-digest", "--as-of", DIGEST_AT).exitCode).isZero();
        CliRun second = CliRun.on(db, configured(), "--approval-digest", "--as-of", "2026-03-02T09:00:00Z");

        assertThat(second.exitCode).as(second.toString()).isZero();
        assertThat(second.out).contains("Nothing new is waiting for approval.");
        assertThat(telegram.calls("sendMessage")).hasSize(2);
    }

    @Test
    void aDryRunDigestShowsTheMessagesAndButtonsAndSendsNothing() {
        CliRun run = CliRun.on(db, configured(), "--approval-digest", "--dry-run", "--as-of", DIGEST_AT);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("✅ Approve | ✖ Reject | ✏️ Edit").contains("✅ Approve all 1 shown").contains("Ada &lt;Lovelace&gt;");
        assertThat(telegram.calls()).isEmpty();
        assertThat(fx.count("SELECT count(*) FROM revops_outbox")).isZero();
        // no secret was made for a run that wrote nothing
        assertThat(home.resolve("secrets.properties")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).content().doesNotContain("approval_secret"));
    }

    @Test
    void aDryRunPollAsksTelegramNothing() {
        telegram.press(1, "x", OPERATOR, OPERATOR, "private", 1001, "text");
        CliRun run = CliRun.on(db, configured(), "--telegram-poll", "--dry-run", "--json", "--as-of", PRESSED_AT);

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.json().path("polled").asBoolean()).isFalse();
        assertThat(run.json().path("next_update").asLong()).isZero();
        assertThat(telegram.calls()).isEmpty();
    }

    @Test
    void withoutTelegramTheDigestIsRefusedNamingTheSettings() {
        CliRun run = CliRun.on(db, CliRun.environment(home, Map.of()), "--approval-digest", "--as-of", DIGEST_AT);

        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("REVOPS_TELEGRAM_BOT_TOKEN").contains("REVOPS_TELEGRAM_CHAT_ID");
        assertThat(fx.count("SELECT count(*) FROM revops_outbox")).isZero();
    }
}
