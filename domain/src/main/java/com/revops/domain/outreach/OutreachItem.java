package com.revops.domain.outreach;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One message in the outreach approval queue: a LinkedIn note or message, a DM or an Upwork
 * proposal, drafted by the worker, reviewed by the operator, sent by the worker. The moves
 * return a new item and refuse, naming the item, what {@link ApprovalRules} does not allow.
 *
 * @param message the text as drafted (never changed; "" when the row has none)
 * @param action  the worker's action, e.g. {@code linkedin_connect}, {@code dm_send}, {@code upwork_proposal}
 */
public record OutreachItem(UUID id, OutreachChannel channel, String action, Optional<String> platform, String message,
                           boolean approvalRequired, Optional<Instant> scheduledAt, Instant createdAt,
                           Optional<UUID> contactId, Optional<UUID> upworkJobId, ApprovalState state) {

    /** The field named when the text is refused. */
    public static final String TEXT_FIELD = "message";

    public OutreachStatus status() {
        return state.status();
    }

    /** What the worker sends: the edited or approved text, else the draft. */
    public String textToSend() {
        return state.approvedMessage().orElse(message);
    }

    /** True when the operator changed the drafted text. */
    public boolean isEdited() {
        return !textToSend().equals(message);
    }

    /** The length limit of this kind of message. */
    public MessageLimit limit() {
        return MessageLimit.of(channel, action);
    }

    /** Approves the text as it stands (the approved text is frozen in {@code approved_message}). */
    public OutreachItem approve(String actor, Instant at) {
        OutreachStatus next = ApprovalRules.next(id, status(), ReviewAction.APPROVE, approvalRequired);
        limit().check(TEXT_FIELD, textToSend());
        return with(state.withStatus(next).withApprovedMessage(Optional.of(textToSend()))
                .withApproval(Optional.of(at), Optional.of(actor)));
    }

    /** Replaces the text to send (surrounding blanks trimmed); the draft in {@code message} is kept. */
    public OutreachItem edit(String newText) {
        OutreachStatus next = ApprovalRules.next(id, status(), ReviewAction.EDIT, approvalRequired);
        String text = newText == null ? "" : newText.strip();
        limit().check(TEXT_FIELD, text);
        return with(state.withStatus(next).withApprovedMessage(textState(text)));
    }

    public OutreachItem reject(Optional<String> reason) {
        OutreachStatus next = ApprovalRules.next(id, status(), ReviewAction.REJECT, approvalRequired);
        return with(state.withStatus(next).withRejectedReason(reason.map(String::strip).filter(r -> !r.isEmpty())));
    }

    /** Back to pending: the approval, rejection reason and worker error are cleared; the text to send stays. */
    public OutreachItem reopen() {
        OutreachStatus next = ApprovalRules.next(id, status(), ReviewAction.REOPEN, approvalRequired);
        return with(state.withStatus(next).withApprovedMessage(textState(textToSend()))
                .withApproval(Optional.empty(), Optional.empty()).withRejectedReason(Optional.empty())
                .withResult(Optional.empty(), Optional.empty()));
    }

    public OutreachItem markSent(Instant at) {
        OutreachStatus next = ApprovalRules.next(id, status(), ReviewAction.MARK_SENT, approvalRequired);
        return with(state.withStatus(next).withResult(Optional.empty(), Optional.of(at)));
    }

    public OutreachItem markFailed(String error) {
        OutreachStatus next = ApprovalRules.next(id, status(), ReviewAction.MARK_FAILED, approvalRequired);
        String text = error == null || error.isBlank() ? "the worker reported a failure without an error text" : error.strip();
        return with(state.withStatus(next).withResult(Optional.of(text), Optional.empty()));
    }

    /**
     * Undoes {@code entry} (the one {@link UndoRules#entryToUndo} chose), putting back the state it
     * recorded as before. Refused when the item is no longer as that entry left it.
     */
    public OutreachItem undo(AuditEntry entry, ApprovalState before) {
        UndoRules.checkUnchanged(id, entry, status(), textToSend());
        return with(before.withApprovedMessage(before.approvedMessage().flatMap(this::textState)));
    }

    public OutreachItem with(ApprovalState next) {
        return new OutreachItem(id, channel, action, platform, message, approvalRequired, scheduledAt, createdAt, contactId,
                upworkJobId, next);
    }

    /** {@code approved_message} for a text to send: none when it is the draft itself. */
    private Optional<String> textState(String text) {
        return text.equals(message) ? Optional.empty() : Optional.of(text);
    }
}
