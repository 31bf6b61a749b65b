package com.revops.integrations.approvals;

import java.time.Instant;
import java.util.Optional;

import com.revops.domain.approvals.CallbackData;
import com.revops.domain.common.Html;
import com.revops.domain.common.InvalidInputException;
import com.revops.domain.outreach.ItemFingerprint;
import com.revops.domain.outreach.MessageLimit;
import com.revops.domain.outreach.OutreachItem;
import com.revops.domain.outreach.OutreachStatus;
import com.revops.integrations.telegram.InlineKeyboard;

/**
 * An edit from the chat, after Edit was pressed: the reply to the prompt is checked against the
 * console's limits ({@link MessageLimit}) and shown back; only the second confirmation writes it —
 * saved and approved in one step (two audit rows, edit and approve), or saved only.
 */
final class EditButtons {
    /** Above this the confirmation shows the start of the text only (it must stay one message). */
    private static final int PREVIEW_LIMIT = 3000;
    private final ChatDesk desk;

    EditButtons(ChatDesk desk) {
        this.desk = desk;
    }

    /** The reply to an edit prompt: a confirmation to press, or why the text was not taken. */
    ChatReply reply(Approver who, EditRequests.Request request, Optional<String> text, Instant now) {
        if (!who.userId().equals(request.requestedBy())) {
            return ChatReply.refused("only the approver who pressed Edit answers its prompt");
        }
        if (!request.open()) {
            return told(ChatReply.refused("this edit is closed (" + request.state() + ")"));
        }
        if (now.isAfter(request.requestedAt().plus(Buttons.LIFETIME))) {
            return told(ChatReply.refused("this edit was asked for more than 48 hours ago — press Edit again"));
        }
        OutreachItem item;
        try {
            item = asSeen(request, now);
        } catch (InvalidInputException e) {
            return told(ChatReply.refused(e.problem()));
        }
        String proposed = text.map(String::strip).orElse("");
        try {
            item.limit().check("text", proposed);
        } catch (InvalidInputException e) {
            ChatReply refused = ChatReply.refused("the new text " + e.problem());
            return refused.prompt(new ChatReply.Prompt("⚠️ " + Html.escape(refused.detail()) + ". Reply to this message with the text again.",
                    Optional.of(InlineKeyboard.forceReply("New text, at most " + item.limit().maxChars() + " characters")),
                    Optional.of(request.id())));
        }
        desk.edits.propose(request.id(), proposed);
        EditRequests.Request withText = desk.edits.find(request.id()).orElseThrow();
        String preview = proposed.length() <= PREVIEW_LIMIT ? proposed : DigestCards.cut(proposed, PREVIEW_LIMIT)
                + " [the first " + PREVIEW_LIMIT + " characters]";
        String html = "✏️ " + Html.bold("New text for the " + item.limit().label()) + " · " + MessageLimit.length(proposed) + "/"
                + item.limit().maxChars() + " characters\n\n" + Html.escape(preview) + "\n\nApprove it as it stands?";
        return ChatReply.done("proposed a new text for " + item.id() + " (edit " + request.id() + ")", "")
                .prompt(new ChatReply.Prompt(html, Optional.of(desk.buttons.editConfirmation(request.id(), withText.version(),
                        now.plus(Buttons.LIFETIME))), Optional.empty()));
    }

    /** Saves the proposed text and approves it in one step, or only saves it ({@code approve} false). */
    ChatReply confirm(Approver who, CallbackData data, boolean approve, Instant now) {
        EditRequests.Request request = proposed(who, data);
        OutreachItem item = asSeen(request, now);
        if (approve) {
            Optional<String> over = desk.overTarget(item, now);
            if (over.isPresent()) {
                return ChatReply.refused(over.get() + "; press Save to keep the text");
            }
        }
        OutreachItem after = desk.queue.edit(item.id(), request.seen(), request.proposedText().orElseThrow(), approve, who.actor(), now);
        desk.edits.close(request.id(), approve ? "approved" : "saved", now);
        if (approve) {
            return ChatReply.done("edited and approved " + item.id(), "✅ Edited and approved")
                    .line("✅ Edited and approved " + desk.time(now, now) + who.by())
                    .keyboard(desk.buttons.undo(item.id(), desk.lastEntry(item.id()), now));
        }
        return ChatReply.done("edited " + item.id(), "💾 Saved")
                .line("💾 Saved " + desk.time(now, now) + who.by() + " — waiting for approval")
                .keyboard(desk.buttons.item(item.id(), ItemFingerprint.of(after), now.plus(Buttons.LIFETIME)));
    }

    ChatReply cancel(Approver who, CallbackData data, Instant now) {
        EditRequests.Request request = desk.edits.find(number(data))
                .orElseThrow(() -> new InvalidInputException("edit", "no such edit"));
        if (!desk.edits.close(request.id(), "cancelled", now)) {
            return ChatReply.refused("this edit is already closed (" + request.state() + ")");
        }
        return ChatReply.done("cancelled edit " + request.id(), "✖ Cancelled")
                .line("✖ Edit cancelled " + desk.time(now, now) + who.by() + " — the text is unchanged")
                .keyboard(InlineKeyboard.NONE);
    }

    private EditRequests.Request proposed(Approver who, CallbackData data) {
        EditRequests.Request request = desk.edits.find(number(data))
                .orElseThrow(() -> new InvalidInputException("edit", "no such edit"));
        if (!request.open() || request.proposedText().isEmpty()) {
            throw new InvalidInputException("edit", "this edit is already closed (" + request.state() + ") — nothing was changed");
        }
        if (!request.version().value().equals(data.version())) {
            throw new InvalidInputException("edit", "a newer text was sent for this edit — confirm the latest one");
        }
        return request;
    }

    private OutreachItem asSeen(EditRequests.Request request, Instant now) {
        OutreachItem item = desk.queue.find(request.item())
                .orElseThrow(() -> new InvalidInputException("item", "this item is no longer in the queue"));
        if (item.status() != OutreachStatus.PENDING) {
            throw new InvalidInputException("item", Wording.notPending(item, now, desk.zone) + " — nothing was changed");
        }
        if (!request.seen().matches(item)) {
            throw new InvalidInputException("item", "this " + item.limit().label() + " changed since Edit was pressed — nothing was changed");
        }
        return item;
    }

    /** A refusal of a reply is said in the chat (a reply has no button to answer on). */
    private static ChatReply told(ChatReply refused) {
        return refused.prompt(ChatReply.Prompt.message("⚠️ Not done: " + Html.escape(refused.detail())));
    }

    private static long number(CallbackData data) {
        return data.subjectNumber().orElseThrow(() -> new InvalidInputException("button", "not a button of this app"));
    }
}
