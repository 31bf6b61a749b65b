package com.revops.integrations.approvals;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.revops.domain.approvals.CallbackData;
import com.revops.domain.common.Html;
import com.revops.domain.common.InvalidInputException;
import com.revops.domain.outreach.ItemFingerprint;
import com.revops.domain.outreach.MessageLimit;
import com.revops.domain.outreach.OutreachItem;
import com.revops.domain.outreach.OutreachStatus;
import com.revops.integrations.telegram.InlineKeyboard;

/**
 * Approve, Reject, Edit and Undo on one outreach item, through the same {@code OutreachQueue} as the
 * console — with the item's audit row, actor {@code telegram:<user id>} — and only while the item is
 * as the button showed it.
 */
final class OutreachButtons {
    /** Above this the prompt does not repeat the current text (the prompt must stay one message). */
    private static final int QUOTE_LIMIT = 3000;
    private final ChatDesk desk;

    OutreachButtons(ChatDesk desk) {
        this.desk = desk;
    }

    ChatReply approve(Approver who, CallbackData data, Instant now) {
        OutreachItem item = pendingAsSeen(data, now);
        Optional<String> over = desk.overTarget(item, now);
        if (over.isPresent()) {
            return ChatReply.refused(over.get());
        }
        desk.queue.approve(item.id(), seen(data), who.actor(), now);
        return ChatReply.done("approved " + item.id(), "✅ Approved")
                .line("✅ Approved " + desk.time(now, now) + who.by())
                .keyboard(desk.buttons.undo(item.id(), desk.lastEntry(item.id()), now));
    }

    ChatReply reject(Approver who, CallbackData data, Instant now) {
        OutreachItem item = pendingAsSeen(data, now);
        desk.queue.reject(item.id(), seen(data), who.actor(), now);
        return ChatReply.done("rejected " + item.id(), "✖ Rejected")
                .line("✖ Rejected " + desk.time(now, now) + who.by())
                .keyboard(desk.buttons.undo(item.id(), desk.lastEntry(item.id()), now));
    }

    /** Asks for the new text as a reply to a prompt; nothing changes until it is confirmed. */
    ChatReply edit(Approver who, String chatId, CallbackData data, Instant now) {
        OutreachItem item = pendingAsSeen(data, now);
        long request = desk.edits.create(item.id(), seen(data), chatId, who.userId(), now);
        MessageLimit limit = item.limit();
        String current = item.textToSend();
        String html = "✏️ " + Html.bold("New text for this " + limit.label()) + ": reply to this message with it — at most "
                + limit.maxChars() + " characters. It is approved only after you confirm it."
                + (current.length() <= QUOTE_LIMIT ? "\n\nNow (tap to copy):\n<code>" + Html.escape(current) + "</code>" : "");
        return ChatReply.done("asked for a new text of " + item.id() + " (edit " + request + ")", "✏️ Reply to the prompt with the new text")
                .prompt(new ChatReply.Prompt(html, Optional.of(InlineKeyboard.forceReply("New text, at most " + limit.maxChars()
                        + " characters")), Optional.of(request)));
    }

    /** Undoes the decision the button was made for, within five minutes (the button's expiry). */
    ChatReply undo(Approver who, CallbackData data, Instant now) {
        UUID id = id(data);
        long entry = data.versionNumber().orElseThrow(() -> new InvalidInputException("button", "not an undo of this app"));
        OutreachItem after = desk.queue.undo(id, entry, who.actor(), now);
        ChatReply reply = ChatReply.done("undid entry " + entry + " of " + id, "↩ Undone")
                .line("↩ Undone " + desk.time(now, now) + who.by() + " — " + (after.status() == OutreachStatus.PENDING
                        ? "waiting for approval again" : "back to " + after.status().code()));
        return after.status() == OutreachStatus.PENDING
                ? reply.keyboard(desk.buttons.item(id, ItemFingerprint.of(after), now.plus(Buttons.LIFETIME)))
                : reply.keyboard(InlineKeyboard.NONE);
    }

    /** The item of the button, still pending and as the button showed it; otherwise a refusal saying why. */
    private OutreachItem pendingAsSeen(CallbackData data, Instant now) {
        OutreachItem item = desk.queue.find(id(data))
                .orElseThrow(() -> new InvalidInputException("item", "this item is no longer in the queue"));
        if (item.status() != OutreachStatus.PENDING) {
            throw new InvalidInputException("item", Wording.notPending(item, now, desk.zone) + " — nothing was changed");
        }
        if (!seen(data).matches(item)) {
            throw new InvalidInputException("item", "this " + item.limit().label() + " changed since this message was sent"
                    + " (edited elsewhere?) — nothing was changed; send the digest again to see it as it is");
        }
        return item;
    }

    private static UUID id(CallbackData data) {
        return data.subjectId().orElseThrow(() -> new InvalidInputException("button", "not a button of this app"));
    }

    private static ItemFingerprint seen(CallbackData data) {
        return new ItemFingerprint(data.version());
    }
}
