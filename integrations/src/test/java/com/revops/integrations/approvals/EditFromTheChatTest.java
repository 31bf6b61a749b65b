package com.revops.integrations.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.FakeTelegram;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * Edit from a group chat: Edit asks for the new text as a reply (ForceReply); the reply is checked
 * against the console's limits and shown back; only the second confirmation writes it. Only the
 * listed approvers decide.
 */
class EditFromTheChatTest {
    private static final String GROUP = "-100777";
    private static final String APPROVER = "42";
    private static final Instant DIGEST_AT = Instant.parse("2026-03-02T07:00:00Z");
    private static final Instant PRESSED_AT = Instant.parse("2026-03-02T07:20:00Z");
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
        UUID grace = fx.contact("Grace Hopper", "@grace", "linkedin", "consideration", "saas", new String[] {});
        item = fx.pending(grace, "linkedin", "linkedin_connect", "linkedin", "Hi Grace, loved your talk.", Instant.parse("2026-03-02T05:00:00Z"));
        chat = new ChatHarness(db, home, DIGEST_AT, GROUP, "42, 43");
        chat.digest();
        chat.at(PRESSED_AT);
    }

    @AfterEach
    void tearDown() throws IOException {
        chat.close();
        db.close();
    }

    private long askForAnEdit() {
        ChatHarness.Sent card = chat.sent("Grace Hopper");
        JsonNode answer = chat.press(card.button("✏️ Edit"), APPROVER, GROUP, "supergroup", card);
        assertThat(answer.path("text").asText()).isEqualTo("✏️ Reply to the prompt with the new text");
        ChatHarness.Sent prompt = chat.sent("New text for this LinkedIn connection note");
        assertThat(prompt.body().path("reply_markup").path("force_reply").asBoolean()).isTrue();
        assertThat(prompt.body().path("text").asText()).contains("at most 300 characters").contains("<code>Hi Grace, loved your talk.</code>");
        return prompt.messageId();
    }

    @Test
    void theReplyReplacesTheTextAndIsApprovedOnlyAfterTheSecondConfirmation() {
        long prompt = askForAnEdit();

        chat.reply(APPROVER, GROUP, "supergroup", prompt, "  Hi Grace — your <talk> on compilers & COBOL was great.  ");
        ChatHarness.Sent confirmation = chat.sent("New text for the LinkedIn connection note");
        // counted by hand, stripped: "Hi"2 " Grace"8 " —"10 " your"15 " <talk>"22 " on"25 " compilers"35 " &"37 " COBOL"43
        // " was"47 " great."54 → 54 of the 300 a LinkedIn connection note allows
        assertThat(confirmation.body().path("text").asText())
                .contains("\n\nHi Grace — your &lt;talk&gt; on compilers &amp; COBOL was great.\n\n").contains("54/300 characters");
        // nothing is written before the confirmation
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("approved_message", null);
        assertThat(fx.audit(item)).isEmpty();

        JsonNode answer = chat.press(confirmation.button("✅ Approve this text"), APPROVER, GROUP, "supergroup", confirmation);

        assertThat(answer.path("text").asText()).isEqualTo("✅ Edited and approved");
        assertThat(chat.telegram.last("editMessageText").path("text").asText()).endsWith("✅ Edited and approved 08:20 by Ada");
        assertThat(fx.row(item)).containsEntry("status", "approved").containsEntry("message", "Hi Grace, loved your talk.")
                .containsEntry("approved_message", "Hi Grace — your <talk> on compilers & COBOL was great.")
                .containsEntry("approved_by", "telegram:42");
        assertThat(fx.audit(item)).extracting(a -> a.get("action"), a -> a.get("actor"), a -> a.get("after_message")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("edit", "telegram:42", "Hi Grace — your <talk> on compilers & COBOL was great."),
                org.assertj.core.groups.Tuple.tuple("approve", "telegram:42", "Hi Grace — your <talk> on compilers & COBOL was great."));
    }

    @Test
    void saveOnlyKeepsTheNewTextWaitingForApproval() {
        long prompt = askForAnEdit();
        chat.reply(APPROVER, GROUP, "supergroup", prompt, "Hi Grace, quick question?");
        ChatHarness.Sent confirmation = chat.sent("New text for the LinkedIn connection note");

        chat.press(confirmation.button("💾 Save"), APPROVER, GROUP, "supergroup", confirmation);

        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("approved_message", "Hi Grace, quick question?");
        assertThat(fx.audit(item)).extracting(a -> a.get("action")).containsExactly("edit");
        assertThat(FakeTelegramButtons.labels(chat.telegram.last("editMessageText"))).containsExactly("✅ Approve", "✖ Reject", "✏️ Edit");
    }

    @Test
    void aTextOverTheConsolesLimitIsRefusedAndAskedForAgain() {
        long prompt = askForAnEdit();
        String tooLong = "x".repeat(301);

        chat.reply(APPROVER, GROUP, "supergroup", prompt, tooLong);

        ChatHarness.Sent again = chat.sent("Reply to this message with the text again");
        // 301 code points against the 300 of a LinkedIn connection note: 1 over
        assertThat(again.body().path("text").asText())
                .contains("the new text is 301 characters; a LinkedIn connection note allows at most 300 — shorten it by 1");
        assertThat(again.body().path("reply_markup").path("force_reply").asBoolean()).isTrue();
        assertThat(fx.audit(item)).isEmpty();

        // the answer to the new prompt is taken
        chat.reply(APPROVER, GROUP, "supergroup", again.messageId(), "Short and sweet.");
        assertThat(chat.sent("New text for the LinkedIn connection note").body().path("text").asText()).contains("Short and sweet.");
    }

    @Test
    void aReplyFromSomeoneElseIsNotTaken() {
        long prompt = askForAnEdit();
        int sent = chat.telegram.calls("sendMessage").size();

        ChatApprovals.PollReport report = chat.reply("43", GROUP, "supergroup", prompt, "Hijacked text");

        assertThat(report.handled()).singleElement().satisfies(e -> assertThat(e.detail())
                .isEqualTo("only the approver who pressed Edit answers its prompt"));
        assertThat(chat.telegram.calls("sendMessage")).hasSize(sent);
        assertThat(fx.audit(item)).isEmpty();
    }

    @Test
    void inAGroupOnlyTheListedApproversDecide() {
        ChatHarness.Sent card = chat.sent("Grace Hopper");
        JsonNode answer = chat.press(card.button("✅ Approve"), "99", GROUP, "supergroup", card);

        assertThat(answer.path("text").asText()).isEqualTo("Not done: you are not an approver of this group (REVOPS_TELEGRAM_APPROVERS)");
        assertThat(answer.path("show_alert").asBoolean()).isTrue();
        assertThat(fx.row(item)).containsEntry("status", "pending");
        assertThat(fx.audit(item)).isEmpty();

        chat.press(card.button("✅ Approve"), "43", GROUP, "supergroup", card);
        assertThat(fx.row(item)).containsEntry("status", "approved").containsEntry("approved_by", "telegram:43");
        assertThat(chat.telegram.last("editMessageText").path("text").asText()).endsWith("✅ Approved 08:20 by Ada");
    }

    @Test
    void cancelLeavesTheTextAsItWas() {
        long prompt = askForAnEdit();
        chat.reply(APPROVER, GROUP, "supergroup", prompt, "Another text");
        ChatHarness.Sent confirmation = chat.sent("New text for the LinkedIn connection note");

        chat.press(confirmation.button("✖ Cancel"), APPROVER, GROUP, "supergroup", confirmation);
        JsonNode again = chat.press(confirmation.button("✅ Approve this text"), APPROVER, GROUP, "supergroup", confirmation);

        assertThat(again.path("text").asText()).startsWith("Not done: this edit is already closed (cancelled)");
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("approved_message", null);
        assertThat(fx.audit(item)).isEmpty();
        assertThat(FakeTelegram.button(chat.telegram.last("editMessageText").path("reply_markup"), "✅")).isEmpty();
    }
}
