package com.revops.domain.outreach;

import static com.revops.domain.outreach.OutreachStatus.APPROVED;
import static com.revops.domain.outreach.OutreachStatus.FAILED;
import static com.revops.domain.outreach.OutreachStatus.PENDING;
import static com.revops.domain.outreach.OutreachStatus.REJECTED;
import static com.revops.domain.outreach.OutreachStatus.SENT;

import java.util.UUID;

import com.revops.domain.common.InvalidInputException;

/**
 * The states of the approval queue and the moves between them (PRD-019 §4.7, SPEC §9):
 *
 * <pre>
 *   pending  --approve-->  approved  --mark_sent-->   sent      (worker)
 *   pending  --edit----->  pending   --mark_failed--> failed    (worker)
 *   pending  --reject--->  rejected
 *   rejected | failed | approved  --reopen-->  pending
 * </pre>
 *
 * Only a pending item is edited, approved or rejected; only an approved item is marked sent or
 * failed; nothing leaves {@code sent}. Re-opening an approved item takes its approval back before
 * the worker sends it; re-opening a failed one puts it in front of the operator again, to be
 * approved anew. An item queued with {@code approval_required = false} may also be reported
 * straight from pending (the database constraint allows exactly that, SPEC §9). An undo applies
 * the inverse move (see {@link UndoRules}). Every refusal is an {@link InvalidInputException} on
 * the field {@value #FIELD} naming the item and the problem.
 */
public final class ApprovalRules {
    /** The field every refusal names: the item's id. */
    public static final String FIELD = "ID";

    private ApprovalRules() {
    }

    /** The status after {@code action} on an item that needs approval, or a refusal saying why not. */
    public static OutreachStatus next(UUID item, OutreachStatus from, ReviewAction action) {
        return next(item, from, action, true);
    }

    /** The status after {@code action} on an item in {@code from}, or a refusal saying why not. */
    public static OutreachStatus next(UUID item, OutreachStatus from, ReviewAction action, boolean approvalRequired) {
        if (!approvalRequired && from == PENDING && action.isWorkerResult()) {
            return action == ReviewAction.MARK_SENT ? SENT : FAILED;
        }
        return switch (action) {
            case APPROVE -> from == PENDING ? APPROVED : refuse(item, from, "approved");
            case EDIT -> from == PENDING ? PENDING : refuse(item, from, "edited");
            case REJECT -> from == PENDING ? REJECTED : refuse(item, from, "rejected");
            case REOPEN -> reopen(item, from);
            case MARK_SENT -> from == APPROVED ? SENT : refuseWorker(item, from, "sent");
            case MARK_FAILED -> from == APPROVED ? FAILED : refuseWorker(item, from, "failed");
        };
    }

    private static OutreachStatus reopen(UUID item, OutreachStatus from) {
        return switch (from) {
            case REJECTED, FAILED, APPROVED -> PENDING;
            case PENDING -> throw problem(item, "is already pending");
            case SENT -> throw problem(item, "was already sent; a sent message cannot be re-opened");
        };
    }

    /** The operator's moves: only from pending. */
    private static OutreachStatus refuse(UUID item, OutreachStatus from, String verb) {
        throw switch (from) {
            case APPROVED -> problem(item, verb.equals("approved") ? "is already approved"
                    : "is approved; only a pending item can be " + verb + " — undo the approval or re-open it first");
            case REJECTED -> problem(item, "was rejected; re-open it before it can be " + verb);
            case SENT -> problem(item, "was already sent; it cannot be " + verb);
            case FAILED -> problem(item, "failed to send; re-open it before it can be " + verb);
            case PENDING -> new IllegalStateException("pending items can be " + verb);
        };
    }

    /** The worker's reports: only for an approved item. */
    private static OutreachStatus refuseWorker(UUID item, OutreachStatus from, String result) {
        throw switch (from) {
            case PENDING, REJECTED -> problem(item, "was never approved (it is " + from.code() + "); it cannot be marked " + result);
            case SENT -> problem(item, "is already marked sent");
            case FAILED -> problem(item, "is already marked failed; it must be re-opened and approved again before another try");
            case APPROVED -> new IllegalStateException("approved items can be marked " + result);
        };
    }

    private static InvalidInputException problem(UUID item, String problem) {
        return new InvalidInputException(FIELD, "item " + item + " " + problem);
    }
}
