package com.revops.integrations.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.outreach.OutreachQueue;
import com.revops.integrations.testing.FakeTelegram;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockResponse;

/** "Approve all N shown" with its confirmation and undo; the poll's offset, lock and failures. */
class ApproveAllAndPollTest {
    private static final String OPERATOR = "4242";
    private static final Instant DIGEST_AT = Instant.parse("2026-03-02T07:00:00Z");
    private static final Instant PRESSED_AT = Instant.parse("2026-03-02T07:30:00Z");
    @TempDir
    Path home;
    private Database db;
    private OutreachFixtures fx;
    private ChatHarness chat;
    private List<UUID> items;

    @BeforeEach
    void setUp() throws IOException {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
        items = List.of(
                fx.pending(null, "linkedin", "linkedin_connect", "linkedin", "Note one", Instant.parse("2026-03-02T05:00:00Z")),
                fx.pending(null, "linkedin", "linkedin_connect", "linkedin", "Note two", Instant.parse("2026-03-02T05:01:00Z")),
                fx.pending(null, "dm", "dm_send", "instagram", "A DM", Instant.parse("2026-03-02T05:02:00Z")));
        chat = new ChatHarness(db, home, DIGEST_AT, OPERATOR, "");
        chat.digest();
        chat.at(PRESSED_AT);
    }

    @AfterEach
    void tearDown() throws IOException {
        chat.close();
        db.close();
    }

    private JsonNode pressOnSummary(String data) {
        return chat.press(data, OPERATOR, OPERATOR, "private", chat.sent("Approvals — "));
    }

    @Test
    void approveAllAsksFirstThenApprovesTheItemsStillAsShownInOneStep() {
        new OutreachQueue(db.jdbi()).reject(items.get(1), "not now", "operator", DIGEST_AT.plusSeconds(60));
        ChatHarness.Sent summary = chat.sent("Approvals — ");
        assertThat(summary.body().path("text").asText()).contains("Above: 2 LinkedIn, 1 DM");

        JsonNode asked = pressOnSummary(summary.button("✅ Approve all 3 shown"));
        assertThat(asked.path("text").asText()).isEqualTo("Approve 2 of the 3 shown? Confirm below.");
        JsonNode confirmation = chat.telegram.last("editMessageReplyMarkup");
        assertThat(fx.row(items.get(0))).containsEntry("status", "pending");

        String yes = FakeTelegram.button(confirmation.path("reply_markup"), "✅ Yes, approve 2").orElseThrow();
        assertThat(pressOnSummary(yes).path("text").asText()).isEqualTo("✅ Approved 2");

        assertThat(fx.row(items.get(0))).containsEntry("status", "approved").containsEntry("approved_by", "telegram:4242");
        assertThat(fx.row(items.get(2))).containsEntry("status", "approved");
        assertThat(fx.row(items.get(1))).containsEntry("status", "rejected");
        assertThat(chat.telegram.last("editMessageText").path("text").asText())
                .endsWith("✅ Approved 2 of 3 shown 08:30 — not approved: 1 decided already");

        // pressed again: nothing more
        assertThat(pressOnSummary(yes).path("text").asText()).startsWith("Not done: these were approved from this digest at 08:30");
        assertThat(fx.audit(items.get(0))).hasSize(1);

        // and taken back within five minutes
        String undo = FakeTelegram.button(chat.telegram.last("editMessageText").path("reply_markup"), "↩ Undo").orElseThrow();
        chat.at(PRESSED_AT.plus(Duration.ofMinutes(2)));
        assertThat(pressOnSummary(undo).path("text").asText()).isEqualTo("↩ Undone 2");
        assertThat(fx.row(items.get(0))).containsEntry("status", "pending");
        assertThat(fx.row(items.get(2))).containsEntry("status", "pending");
        assertThat(fx.row(items.get(1))).containsEntry("status", "rejected");
    }

    @Test
    void cancelApprovesNothing() {
        ChatHarness.Sent summary = chat.sent("Approvals — ");
        pressOnSummary(summary.button("✅ Approve all 3 shown"));
        String cancel = FakeTelegram.button(chat.telegram.last("editMessageReplyMarkup").path("reply_markup"), "✖ Cancel").orElseThrow();

        assertThat(pressOnSummary(cancel).path("text").asText()).isEqualTo("Nothing approved");
        assertThat(FakeTelegram.button(chat.telegram.last("editMessageReplyMarkup").path("reply_markup"), "✅ Approve all 3 shown"))
                .isPresent();
        items.forEach(i -> assertThat(fx.row(i)).containsEntry("status", "pending"));
    }

    @Test
    void theOffsetIsKeptSoAnUpdateIsHandledOnceAcrossRestarts() {
        ChatHarness.Sent card = chat.sent("Note one");
        chat.telegram.press(7, card.button("✅ Approve"), OPERATOR, OPERATOR, "private", card.messageId(), "x");
        chat.approvals().poll(Duration.ZERO);

        // a new process (new ChatApprovals) asks from update 8 on: Telegram forgets 7
        ChatApprovals.PollReport again = chat.approvals().poll(Duration.ZERO);
        assertThat(again.handled()).isEmpty();
        assertThat(chat.telegram.last("getUpdates").path("offset").asLong()).isEqualTo(8);
        assertThat(chat.telegram.last("getUpdates").path("allowed_updates").toString()).isEqualTo("[\"callback_query\",\"message\"]");
        assertThat(chat.telegram.calls("answerCallbackQuery")).hasSize(1);
        assertThat(fx.audit(items.get(0))).hasSize(1);
    }

    @Test
    void whileAnotherCopyPollsThisOneAsksTelegramNothing() {
        try (Handle other = db.jdbi().open()) {
            other.createQuery("SELECT pg_try_advisory_lock(:k)").bind("k", 0x5245564F5054L).mapTo(Boolean.class).one();
            int before = chat.telegram.calls().size();

            ChatApprovals.PollReport report = chat.approvals().poll(Duration.ZERO);

            assertThat(report.polled()).isFalse();
            assertThat(chat.telegram.calls()).hasSize(before);
        }
    }

    @Test
    void telegramDownLeavesTheOffsetWhereItWas() {
        chat.server.setDispatcher(new okhttp3.mockwebserver.QueueDispatcher());
        chat.server.enqueue(new MockResponse().setResponseCode(502).setBody("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}"));

        assertThatThrownBy(() -> chat.approvals().poll(Duration.ZERO)).isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isTrue())
                .hasMessageContaining("Bad Gateway").hasMessageNotContaining(FakeTelegram.TOKEN);
        assertThat(fx.count("SELECT count(*) FROM revops_telegram_poll WHERE next_offset = 0")).isEqualTo(1);
    }
}
