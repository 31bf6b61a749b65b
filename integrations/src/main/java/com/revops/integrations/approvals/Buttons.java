package com.revops.integrations.approvals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.revops.domain.approvals.CallbackData;
import com.revops.domain.approvals.CallbackSigner;
import com.revops.domain.approvals.ChatAction;
import com.revops.domain.common.Money;
import com.revops.domain.outreach.ItemFingerprint;
import com.revops.integrations.telegram.InlineKeyboard;

/** The approval chat's buttons, each signed (decision 0050). */
final class Buttons {
    /** How long the buttons of a digest, a prompt or a confirmation work. */
    static final Duration LIFETIME = Duration.ofHours(48);
    /** How long an Undo works after the decision it takes back. */
    static final Duration UNDO_WINDOW = Duration.ofMinutes(5);

    private final CallbackSigner signer;

    Buttons(CallbackSigner signer) {
        this.signer = signer;
    }

    String item(UUID id, ItemFingerprint seen, Instant expires) {
        String subject = CallbackData.compact(id);
        return new InlineKeyboard()
                .button("✅ Approve", data(ChatAction.APPROVE, subject, seen.value(), expires))
                .button("✖ Reject", data(ChatAction.REJECT, subject, seen.value(), expires))
                .button("✏️ Edit", data(ChatAction.EDIT, subject, seen.value(), expires))
                .json();
    }

    /** Undo of audit entry {@code entry}, for five minutes from {@code decidedAt}. */
    String undo(UUID id, long entry, Instant decidedAt) {
        return new InlineKeyboard().button("↩ Undo (5 min)", data(ChatAction.UNDO, CallbackData.compact(id), Long.toString(entry),
                decidedAt.plus(UNDO_WINDOW))).json();
    }

    String approveAll(long digest, ItemFingerprint version, int shown, Instant expires) {
        return new InlineKeyboard().button("✅ Approve all " + shown + " shown",
                data(ChatAction.ALL_ASK, Long.toString(digest), version.value(), expires)).json();
    }

    String confirmAll(long digest, ItemFingerprint version, int approvable, Instant expires) {
        String subject = Long.toString(digest);
        return new InlineKeyboard()
                .button("✅ Yes, approve " + approvable, data(ChatAction.ALL_CONFIRM, subject, version.value(), expires))
                .button("✖ Cancel", data(ChatAction.ALL_CANCEL, subject, version.value(), expires))
                .json();
    }

    String undoAll(long digest, ItemFingerprint version, Instant decidedAt) {
        return new InlineKeyboard().button("↩ Undo (5 min)", data(ChatAction.ALL_UNDO, Long.toString(digest), version.value(),
                decidedAt.plus(UNDO_WINDOW))).json();
    }

    String editConfirmation(long request, ItemFingerprint version, Instant expires) {
        String subject = Long.toString(request);
        return new InlineKeyboard()
                .button("✅ Approve this text", data(ChatAction.EDIT_APPROVE, subject, version.value(), expires))
                .row()
                .button("💾 Save, don't approve", data(ChatAction.EDIT_SAVE, subject, version.value(), expires))
                .button("✖ Cancel", data(ChatAction.EDIT_CANCEL, subject, version.value(), expires))
                .json();
    }

    String campaign(UUID id, ItemFingerprint seen, Instant expires) {
        String subject = CallbackData.compact(id);
        return new InlineKeyboard()
                .button("✅ Approve & launch", data(ChatAction.AD_ASK, subject, seen.value(), expires))
                .button("✖ Reject", data(ChatAction.AD_REJECT, subject, seen.value(), expires))
                .json();
    }

    String confirmCampaign(UUID id, ItemFingerprint seen, BigDecimal dailyBudget, Instant expires) {
        String subject = CallbackData.compact(id);
        return new InlineKeyboard()
                .button("✅ Yes, spend up to " + Money.formatCents(dailyBudget) + "/day",
                        data(ChatAction.AD_LAUNCH, subject, seen.value(), expires))
                .button("✖ Cancel", data(ChatAction.AD_CANCEL, subject, seen.value(), expires))
                .json();
    }

    private String data(ChatAction action, String subject, String version, Instant expires) {
        return signer.sign(new CallbackData(action, subject, version, expires));
    }
}
