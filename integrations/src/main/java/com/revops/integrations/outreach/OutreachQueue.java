package com.revops.integrations.outreach;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.outreach.ApprovalRules;
import com.revops.domain.outreach.ApprovalState;
import com.revops.domain.outreach.AuditEntry;
import com.revops.domain.outreach.DailyProgress;
import com.revops.domain.outreach.ItemFingerprint;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.domain.outreach.OutreachItem;
import com.revops.domain.outreach.ReviewAction;
import com.revops.domain.outreach.UndoRules;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.outreach.ApprovalAudit.Change;

/**
 * The outreach approval queue (PRD-019 §4.7, SPEC §9) on {@code actp_outreach_queue}: what waits
 * for the operator, their decisions, and the worker's results.
 *
 * <p>Every change runs in one transaction that also writes its {@code actp_approval_audit} row.
 * A change is written only if the item is still as it was read (same status, same text to send);
 * otherwise it fails with {@link com.revops.domain.outreach.OutreachItemChangedException} and
 * nothing changes. Refused moves throw {@link InvalidInputException} naming the item.
 */
public final class OutreachQueue {
    /** The actor of the worker's reports in the audit log. */
    public static final String WORKER = "worker";

    private final Jdbi jdbi;

    public OutreachQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Items waiting for review by channel (LinkedIn, DMs, Upwork; each present), oldest first. */
    public Map<OutreachChannel, List<PendingItem>> pendingByChannel() {
        return inTransaction("Reading the outreach queue", QueueListings::pendingByChannel);
    }

    public Optional<OutreachItem> find(UUID id) {
        return inTransaction("Reading an outreach item", h -> QueueRows.find(h, id));
    }

    /** The item's audit log, oldest first. */
    public List<AuditEntry> history(UUID id) {
        return inTransaction("Reading the approval audit log", h -> ApprovalAudit.history(h, id));
    }

    public OutreachItem approve(UUID id, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction("Approving an outreach item", h -> apply(h, id, ReviewAction.APPROVE, who, Optional.empty(), at,
                item -> item.approve(who, at)));
    }

    /** Replaces the text to send; the draft stays in {@code message}. An unchanged text changes (and logs) nothing. */
    public OutreachItem edit(UUID id, String newText, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction("Editing an outreach item", h -> edit(h, id, newText, who, at));
    }

    /** Edit and approve in one transaction (two audit rows: edit, approve). */
    public OutreachItem editAndApprove(UUID id, String newText, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction("Approving an edited outreach item", h -> {
            edit(h, id, newText, who, at);
            return apply(h, id, ReviewAction.APPROVE, who, Optional.empty(), at, item -> item.approve(who, at));
        });
    }

    /** Rejects a pending item; {@code reason} may be blank. */
    public OutreachItem reject(UUID id, String reason, String actor, Instant at) {
        String who = actor(actor);
        Optional<String> why = Optional.ofNullable(reason).map(String::strip).filter(r -> !r.isEmpty());
        return inTransaction("Rejecting an outreach item", h -> apply(h, id, ReviewAction.REJECT, who, why, at,
                item -> item.reject(why)));
    }

    /** Back to pending from rejected, failed or approved (not yet sent). */
    public OutreachItem reopen(UUID id, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction("Re-opening an outreach item", h -> apply(h, id, ReviewAction.REOPEN, who, Optional.empty(), at,
                OutreachItem::reopen));
    }

    /**
     * Reverts the item's last action that is not undone yet (see {@link UndoRules}), recorded as the
     * inverse action with the reason {@code undo}.
     */
    public OutreachItem undo(UUID id, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction("Undoing an outreach decision", h -> undo(h, id, who, at));
    }

    private static OutreachItem undo(Handle h, UUID id, String who, Instant at) {
        OutreachItem before = load(h, id);
        AuditEntry entry = UndoRules.entryToUndo(id, ApprovalAudit.history(h, id));
        ApprovalState restored = ApprovalAudit.stateBefore(h, entry.id());
        OutreachItem after = before.undo(entry, restored);
        QueueRows.write(h, before, after, at);
        ApprovalAudit.record(h, new Change(before, after, UndoRules.inverse(entry), who, Optional.of(ReviewAction.UNDO_REASON),
                at, Optional.of(entry.id())));
        return after;
    }

    /** Approves all of {@code ids} or none: one transaction, refused as a whole when any one cannot be approved. */
    public List<OutreachItem> bulkApprove(Collection<UUID> ids, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction("Approving outreach items", h -> {
            List<OutreachItem> approved = new ArrayList<>();
            for (UUID id : new LinkedHashSet<>(ids)) {
                approved.add(apply(h, id, ReviewAction.APPROVE, who, Optional.empty(), at, item -> item.approve(who, at)));
            }
            return approved;
        });
    }

    /**
     * The decisions taken away from the console (the approval chat): each is applied only while the
     * item is still as {@code seen} when the button was made; otherwise nothing changes
     * ({@link com.revops.domain.outreach.OutreachItemChangedException}). Same transaction, same
     * audit rows as the console's.
     */
    public OutreachItem approve(UUID id, ItemFingerprint seen, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction("Approving an outreach item", h -> apply(h, id, ReviewAction.APPROVE, who, Optional.empty(), at,
                asSeen(seen, item -> item.approve(who, at))));
    }

    public OutreachItem reject(UUID id, ItemFingerprint seen, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction("Rejecting an outreach item", h -> apply(h, id, ReviewAction.REJECT, who, Optional.empty(), at,
                asSeen(seen, item -> item.reject(Optional.empty()))));
    }

    /** Replaces the text to send of an item still as seen; with {@code approve} also approves it (two audit rows). */
    public OutreachItem edit(UUID id, ItemFingerprint seen, String newText, boolean approve, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction(approve ? "Approving an edited outreach item" : "Editing an outreach item", h -> {
            seen.check(load(h, id));
            OutreachItem edited = edit(h, id, newText, who, at);
            return approve ? apply(h, id, ReviewAction.APPROVE, who, Optional.empty(), at, item -> item.approve(who, at)) : edited;
        });
    }

    /** Approves every item still as seen, in one transaction: all of them, or none when one is refused. */
    public List<OutreachItem> bulkApprove(Map<UUID, ItemFingerprint> seen, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction("Approving outreach items", h -> {
            List<OutreachItem> approved = new ArrayList<>();
            for (Map.Entry<UUID, ItemFingerprint> e : seen.entrySet()) {
                approved.add(apply(h, e.getKey(), ReviewAction.APPROVE, who, Optional.empty(), at,
                        asSeen(e.getValue(), item -> item.approve(who, at))));
            }
            return approved;
        });
    }

    /** Undoes audit entry {@code entry} of the item, only while it is still the one an undo would revert. */
    public OutreachItem undo(UUID id, long entry, String actor, Instant at) {
        String who = actor(actor);
        return inTransaction("Undoing an outreach decision", h -> {
            AuditEntry top = UndoRules.entryToUndo(id, ApprovalAudit.history(h, id));
            if (top.id() != entry) {
                throw new com.revops.domain.outreach.OutreachItemChangedException(id, load(h, id).status().code()
                        + ", decided again since (" + top.action().code() + " by " + top.actor() + ")");
            }
            return undo(h, id, who, at);
        });
    }

    /** The worker sent the item: refused unless it is approved (or needs no approval). */
    public OutreachItem markSent(UUID id, Instant at) {
        return inTransaction("Recording a sent outreach item", h -> {
            OutreachItem sent = apply(h, id, ReviewAction.MARK_SENT, WORKER, Optional.empty(), at, item -> item.markSent(at));
            SentOutreach.record(h, sent, at);
            return sent;
        });
    }

    /** The worker could not send the item; {@code error} says why (kept on the item and as the audit reason). */
    public OutreachItem markFailed(UUID id, String error, Instant at) {
        return inTransaction("Recording a failed outreach item", h -> {
            OutreachItem before = load(h, id);
            OutreachItem after = before.markFailed(error);
            return write(h, before, after, ReviewAction.MARK_FAILED, WORKER, after.state().error(), at);
        });
    }

    /** What the worker may send now: approved, not sent, not scheduled after {@code asOf}; oldest approval first. */
    public List<OutgoingItem> approvedNotSent(Instant asOf) {
        return inTransaction("Reading the approved outreach", h -> QueueListings.outgoing(h, asOf));
    }

    /** Today's progress against the daily targets: sent from the start of as_of's day in {@code zone} up to as_of. */
    public DailyProgress todayProgress(Instant asOf, ZoneId zone) {
        Instant start = DailyProgress.startOfDay(asOf, zone);
        QueueListings.Counts counts = inTransaction("Counting today's outreach", h -> QueueListings.counts(h, start, asOf));
        return DailyProgress.of(asOf.atZone(zone).toLocalDate(), counts.sent(), counts.waiting());
    }

    private static OutreachItem edit(Handle h, UUID id, String newText, String actor, Instant at) {
        OutreachItem before = load(h, id);
        OutreachItem after = before.edit(newText);
        if (after.textToSend().equals(before.textToSend())) {
            return before;
        }
        return write(h, before, after, ReviewAction.EDIT, actor, Optional.empty(), at);
    }

    private static UnaryOperator<OutreachItem> asSeen(ItemFingerprint seen, UnaryOperator<OutreachItem> move) {
        return item -> {
            seen.check(item);
            return move.apply(item);
        };
    }

    private static OutreachItem apply(Handle h, UUID id, ReviewAction action, String actor, Optional<String> reason, Instant at,
                                      UnaryOperator<OutreachItem> move) {
        OutreachItem before = load(h, id);
        return write(h, before, move.apply(before), action, actor, reason, at);
    }

    private static OutreachItem write(Handle h, OutreachItem before, OutreachItem after, ReviewAction action, String actor,
                                      Optional<String> reason, Instant at) {
        QueueRows.write(h, before, after, at);
        ApprovalAudit.record(h, new Change(before, after, action, actor, reason, at, Optional.empty()));
        return after;
    }

    private static OutreachItem load(Handle h, UUID id) {
        if (id == null) {
            throw new InvalidInputException(ApprovalRules.FIELD, "is required");
        }
        return QueueRows.find(h, id).orElseThrow(() -> new InvalidInputException(ApprovalRules.FIELD,
                "no outreach item with id " + id));
    }

    private static String actor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new InvalidInputException("actor", "is required (who decides, for the audit log)");
        }
        return actor.strip();
    }

    private <T> T inTransaction(String doing, HandleCallback<T, RuntimeException> work) {
        return DatabaseErrors.inTransaction(jdbi, doing, work);
    }
}
