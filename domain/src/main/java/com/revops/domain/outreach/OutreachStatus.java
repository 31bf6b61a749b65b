package com.revops.domain.outreach;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.revops.domain.common.InvalidInputException;

/**
 * Where an outreach item is in the approval queue (PRD-019 §4.7, SPEC §9):
 * {@code pending → approved | rejected}, then the worker reports {@code approved → sent | failed}.
 * The rules for moving between them are in {@link ApprovalRules}.
 */
public enum OutreachStatus {
    /** Drafted, waiting for the operator. */
    PENDING("pending"),
    /** Approved by the operator; the worker may send it. */
    APPROVED("approved"),
    /** Turned down by the operator (with an optional reason). */
    REJECTED("rejected"),
    /** The worker sent it. Final. */
    SENT("sent"),
    /** The worker tried and failed (with its error). */
    FAILED("failed");

    private final String code;

    OutreachStatus(String code) {
        this.code = code;
    }

    /** The value stored in {@code actp_outreach_queue.status}. */
    public String code() {
        return code;
    }

    public static Optional<OutreachStatus> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }

    /** Parses a stored status; an unknown one means the row was written outside the app's rules. */
    public static OutreachStatus parse(String field, String code) {
        return fromCode(code).orElseThrow(() -> new InvalidInputException(field,
                "unknown outreach status '" + code + "'; expected pending, approved, rejected, sent or failed"));
    }
}
