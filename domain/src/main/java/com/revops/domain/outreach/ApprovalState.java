package com.revops.domain.outreach;

import java.time.Instant;
import java.util.Optional;

/**
 * The part of an outreach item that review and sending change: its status, the text approved or
 * edited ({@code approved_message}; the drafted {@code message} never changes), who approved it
 * and when, why it was rejected, what the worker reported.
 */
public record ApprovalState(OutreachStatus status, Optional<String> approvedMessage, Optional<Instant> approvedAt,
                            Optional<String> approvedBy, Optional<String> rejectedReason, Optional<String> error,
                            Optional<Instant> sentAt) {

    /** A freshly drafted item. */
    public static ApprovalState drafted() {
        return new ApprovalState(OutreachStatus.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    ApprovalState withStatus(OutreachStatus next) {
        return new ApprovalState(next, approvedMessage, approvedAt, approvedBy, rejectedReason, error, sentAt);
    }

    ApprovalState withApprovedMessage(Optional<String> text) {
        return new ApprovalState(status, text, approvedAt, approvedBy, rejectedReason, error, sentAt);
    }

    ApprovalState withApproval(Optional<Instant> at, Optional<String> by) {
        return new ApprovalState(status, approvedMessage, at, by, rejectedReason, error, sentAt);
    }

    ApprovalState withRejectedReason(Optional<String> reason) {
        return new ApprovalState(status, approvedMessage, approvedAt, approvedBy, reason, error, sentAt);
    }

    ApprovalState withResult(Optional<String> workerError, Optional<Instant> sent) {
        return new ApprovalState(status, approvedMessage, approvedAt, approvedBy, rejectedReason, workerError, sent);
    }
}
