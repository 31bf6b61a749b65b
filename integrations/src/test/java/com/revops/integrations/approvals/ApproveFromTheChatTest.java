package com.revops.integrations.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.db.Database;
import com.revops.integrations.outreach.OutreachQueue;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * Approve, reject and undo from a private chat (the operator's user id is the chat id), against a
 * real HTTP server standing in for the Bot API: exactly once, only from the right chat, only with a
 * valid signature, only for the item as shown.
 */
class ApproveFromTheChatTest {
    private static final String OPERATOR = "4242";
    private static final Instant DIGEST_AT = Instant.parse("2026-03-02T07:00:00Z"); // 08:00 in Berlin
    private static final Instant PRESSED_AT = Instant.parse("2026-03-02T07:14:00Z"); // 08:14 in Berlin
    @TempDir
    Path home;
    private Database db;
    private OutreachFixtures fx;
    private ChatHarness chat;
    private UUID item;

    @BeforeEach
    void setUp() throws IOException {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
        UUID ada = fx.contact("Ada Lovelace", "@ada", "instagram", "awareness", "fintech", new String[] {});
        fx.interaction(ada, "dm_received", "Thanks — tell me more about the invoice bot", Instant.parse("2026-03-01T16:40:00Z"));
        item = fx.pending(ada, "dm", "dm_send", "instagram", "Hi Ada, open to a quick chat about invoices?", Instant.parse("2026-03-02T05:00:00Z"));
        chat = new ChatHarness(db, home, DIGEST_AT, OPERATOR, "");
        chat.digest();
        chat.at(PRESSED_AT);
    }

    @AfterEach
    void tearDown() throws IOException {
        chat.close();
        db.close();
    }

    private JsonNode press(String label) {
        ChatHarness.Sent card = chat.sent("Ada Lovelace");
        return chat.press(card.button(label), OPERATOR, OPERATOR, "private", card);
    }

    @Test
    void theDigestShowsTheItemWithItsRecipientLastInteractionAndButtons() {
        ChatHarness.Sent card = chat.sent("Ada Lovelace");
        String text = card.body().path("text").asText();
        assertThat(card.body().path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(text).contains("💬 <b>DM</b> to <b>Ada Lovelace</b> @ada · instagram")
                .contains("Last interaction: dm received, Mar 1 17:40 — “Thanks — tell me more about the invoice bot”")
                .contains("Hi Ada, open to a quick chat about invoices?");
        assertThat(FakeTelegramButtons.labels(card.body())).containsExactly("✅ Approve", "✖ Reject", "✏️ Edit");
        // each button's data fits Telegram's 64 bytes
        FakeTelegramButtons.data(card.body()).forEach(d -> assertThat(d.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(64));
        assertThat(chat.sent("Approvals — Monday, March 2").button("✅ Approve all 1 shown")).isNotBlank();
    }

    @Test
    void aSignedPressFromTheChatApprovesExactlyOnceEvenPressedTwice() {
        JsonNode first = press("✅ Approve");
        assertThat(first.path("text").asText()).isEqualTo("✅ Approved");
        assertThat(first.path("show_alert").asBoolean()).isFalse();
        JsonNode edited = chat.telegram.last("editMessageText");
        assertThat(edited.path("text").asText()).endsWith("\n\n✅ Approved 08:14");
        assertThat(edited.path("entities").get(0).path("type").asText()).isEqualTo("bold");
        assertThat(FakeTelegramButtons.labels(edited)).containsExactly("↩ Undo (5 min)");

        JsonNode second = press("✅ Approve");
        assertThat(second.path("text").asText()).startsWith("Not done: it is already approved (08:14) by telegram:4242");
        assertThat(second.path("show_alert").asBoolean()).isTrue();

        assertThat(fx.row(item)).containsEntry("status", "approved").containsEntry("approved_by", "telegram:4242");
        assertThat(fx.audit(item)).singleElement().satisfies(a -> assertThat(a).containsEntry("action", "approve")
                .containsEntry("actor", "telegram:4242"));
        assertThat(new OutreachQueue(db.jdbi()).approvedNotSent(PRESSED_AT)).extracting(o -> o.item().id()).containsExactly(item);
    }

    @Test
    void aForgedButtonChangesNothingAndSaysWhy() {
        ChatHarness.Sent card = chat.sent("Ada Lovelace");
        String reject = card.button("✖ Reject");
        // the approve action written into a reject button: the signature no longer matches
        JsonNode answer = chat.press("a" + reject.substring(1), OPERATOR, OPERATOR, "private", card);

        assertThat(answer.path("text").asText()).startsWith("Not done: the button's signature does not match");
        assertUnchanged();
    }

    @Test
    void anExpiredButtonChangesNothing() {
        chat.at(DIGEST_AT.plus(Duration.ofHours(48)).plusSeconds(1));
        JsonNode answer = press("✅ Approve");

        assertThat(answer.path("text").asText()).startsWith("Not done: this button expired").contains("buttons work for 48 hours");
        assertUnchanged();
    }

    @Test
    void aPressFromAnotherChatChangesNothing() {
        ChatHarness.Sent card = chat.sent("Ada Lovelace");
        JsonNode answer = chat.press(card.button("✅ Approve"), "5151", "5151", "private", card);

        assertThat(answer.path("text").asText()).isEqualTo("Not done: this chat is not the one set for approvals (REVOPS_TELEGRAM_CHAT_ID)");
        assertUnchanged();
    }

    @Test
    void anItemChangedSinceTheDigestIsNotApproved() {
        new OutreachQueue(db.jdbi()).edit(item, "Hi Ada — rewritten in the console", "operator", DIGEST_AT.plusSeconds(60));
        int rows = fx.audit(item).size();

        JsonNode answer = press("✅ Approve");

        assertThat(answer.path("text").asText()).startsWith("Not done: this DM changed since this message was sent");
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("approved_message", "Hi Ada — rewritten in the console");
        assertThat(fx.audit(item)).hasSize(rows);
    }

    @Test
    void rejectThenUndoWithinFiveMinutesPutsItBack() {
        assertThat(press("✖ Reject").path("text").asText()).isEqualTo("✖ Rejected");
        assertThat(fx.row(item)).containsEntry("status", "rejected");
        JsonNode outcome = chat.telegram.last("editMessageText");
        String undo = com.revops.integrations.testing.FakeTelegram.button(outcome.path("reply_markup"), "↩ Undo").orElseThrow();

        chat.at(PRESSED_AT.plus(Duration.ofMinutes(4)));
        ChatHarness.Sent card = chat.sent("Ada Lovelace");
        JsonNode answer = chat.press(undo, OPERATOR, OPERATOR, "private", card);

        assertThat(answer.path("text").asText()).isEqualTo("↩ Undone");
        assertThat(fx.row(item)).containsEntry("status", "pending");
        assertThat(fx.audit(item)).extracting(a -> a.get("action"), a -> a.get("actor"), a -> a.get("reason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reject", "telegram:4242", null),
                        org.assertj.core.groups.Tuple.tuple("reopen", "telegram:4242", "undo"));
        // the message offers the item's buttons again
        assertThat(FakeTelegramButtons.labels(chat.telegram.last("editMessageText"))).containsExactly("✅ Approve", "✖ Reject", "✏️ Edit");
    }

    @Test
    void undoAfterFiveMinutesIsRefused() {
        press("✅ Approve");
        String undo = com.revops.integrations.testing.FakeTelegram.button(chat.telegram.last("editMessageText").path("reply_markup"),
                "↩ Undo").orElseThrow();
        chat.at(PRESSED_AT.plus(Duration.ofMinutes(5)).plusSeconds(1));

        JsonNode answer = chat.press(undo, OPERATOR, OPERATOR, "private", chat.sent("Ada Lovelace"));

        assertThat(answer.path("text").asText()).startsWith("Not done: Undo works for 5 minutes after a decision");
        assertThat(fx.row(item)).containsEntry("status", "approved");
        assertThat(fx.audit(item)).hasSize(1);
    }

    @Test
    void everyPressIsLoggedWithWhoAndWhy() {
        press("✅ Approve");
        press("✅ Approve");
        List<PressLog.Entry> log = new PressLog(db.jdbi()).recent(10);
        assertThat(log).extracting(PressLog.Entry::outcome, PressLog.Entry::userId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("refused", OPERATOR), org.assertj.core.groups.Tuple.tuple("done", OPERATOR));
        assertThat(log.get(0).detail()).startsWith("it is already approved");
    }

    @Test
    void aPressThatFailsInsideIsStillAnsweredAndChangesNothing() {
        // the app may no longer write edit requests: the Edit press fails inside its transaction
        TestDatabase.asOwner(db, "REVOKE INSERT ON revops_telegram_edits FROM " + Database.APP_ROLE);

        JsonNode answer = press("✏️ Edit");

        assertThat(answer.path("text").asText()).startsWith("Not done: it could not be done (").contains("press again");
        assertThat(new PressLog(db.jdbi()).recent(1)).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo("refused"));
        assertUnchanged();
    }

    private void assertUnchanged() {
        Map<String, Object> row = fx.row(item);
        assertThat(row).containsEntry("status", "pending").containsEntry("approved_message", null).containsEntry("approved_by", null);
        assertThat(fx.audit(item)).isEmpty();
        assertThat(chat.telegram.calls("editMessageText")).isEmpty();
        assertThat(chat.telegram.last("answerCallbackQuery").path("show_alert").asBoolean()).isTrue();
    }
}
