package com.revops.domain.outreach;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.revops.domain.common.InvalidInputException;

/**
 * Undo for the approval queue: the operator's actions on an item form a stack. Undo reverts the
 * latest action that is not itself an undo and has not been undone yet, so pressing undo again
 * walks further back (approve, then the edit before it), and a new action starts a new top.
 * The worker's reports ({@code mark_sent}, {@code mark_failed}) are on the stack too and stop it:
 * a sent message cannot be unsent.
 */
public final class UndoRules {
    private UndoRules() {
    }

    /** The entry an undo reverts, from the item's audit history (any order). */
    public static AuditEntry entryToUndo(UUID item, List<AuditEntry> history) {
        Set<Long> undone = new HashSet<>();
        history.forEach(e -> e.undoes().ifPresent(undone::add));
        Optional<AuditEntry> top = history.stream()
                .filter(e -> !e.isUndo() && !undone.contains(e.id()))
                .max((a, b) -> Long.compare(a.id(), b.id()));
        AuditEntry entry = top.orElseThrow(() -> new InvalidInputException(ApprovalRules.FIELD,
                "item " + item + " has nothing to undo"));
        if (entry.action().isWorkerResult()) {
            throw new InvalidInputException(ApprovalRules.FIELD, "the last action on item " + item + " was the worker's report ("
                    + entry.action().code() + " at " + entry.at() + "); it cannot be undone");
        }
        return entry;
    }

    /** The action an undo of {@code entry} is recorded as: approve and reject undo as re-open, and so on. */
    public static ReviewAction inverse(AuditEntry entry) {
        return switch (entry.action()) {
            case APPROVE, REJECT -> ReviewAction.REOPEN;
            case EDIT -> ReviewAction.EDIT;
            case REOPEN -> switch (entry.before().orElseThrow()) {
                case REJECTED -> ReviewAction.REJECT;
                case APPROVED -> ReviewAction.APPROVE;
                case FAILED -> ReviewAction.MARK_FAILED;
                case PENDING, SENT -> throw new IllegalStateException("re-open never starts from " + entry.before().get());
            };
            case MARK_SENT, MARK_FAILED -> throw new IllegalStateException("worker reports are not undone");
        };
    }

    /** Checks that the item is still as {@code entry} left it; otherwise someone changed it outside the log. */
    public static void checkUnchanged(UUID item, AuditEntry entry, OutreachStatus status, String textToSend) {
        boolean sameStatus = entry.after().map(s -> s == status).orElse(false);
        boolean sameText = entry.afterMessage().map(m -> m.equals(textToSend)).orElse(true);
        if (!sameStatus || !sameText) {
            throw new OutreachItemChangedException(item, status.code() + ", not as its last recorded action ("
                    + entry.action().code() + ") left it");
        }
    }
}
