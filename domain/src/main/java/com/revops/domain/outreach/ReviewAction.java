package com.revops.domain.outreach;

import java.util.Arrays;
import java.util.Optional;

/**
 * What can happen to an outreach item, as written to {@code actp_approval_audit.action}. The
 * operator approves, edits, rejects and re-opens; the worker reports {@code mark_sent} and
 * {@code mark_failed}. An undo is recorded as the inverse action with the reason {@code undo}.
 */
public enum ReviewAction {
    APPROVE("approve"),
    EDIT("edit"),
    REJECT("reject"),
    REOPEN("reopen"),
    MARK_SENT("mark_sent"),
    MARK_FAILED("mark_failed");

    /** The reason written on the audit row of an undo. */
    public static final String UNDO_REASON = "undo";

    private final String code;

    ReviewAction(String code) {
        this.code = code;
    }

    /** The value stored in {@code actp_approval_audit.action}. */
    public String code() {
        return code;
    }

    /** True for the worker's reports, which the operator cannot undo (the message went out, or was tried). */
    public boolean isWorkerResult() {
        return this == MARK_SENT || this == MARK_FAILED;
    }

    public static Optional<ReviewAction> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
