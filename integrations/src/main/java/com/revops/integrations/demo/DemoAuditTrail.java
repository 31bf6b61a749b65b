package com.revops.integrations.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The approval audit rows the demo's decided outreach items would have left had the operator and the
 * worker decided them in the app (SPEC §9): an edit when the sent text differs from the draft, the
 * approval, then the worker's report — or the rejection. The database refuses a decided item without
 * an audit row of its own transaction, so these rows are written with the queue.
 */
final class DemoAuditTrail {
    private static final String OPERATOR = "operator";
    private static final String WORKER = "worker";

    private final DemoTable audit;

    DemoAuditTrail(DemoDataset data) {
        audit = data.define(DemoTable.of("actp_approval_audit", "queue_item_id", "action", "actor", "before_status", "after_status",
                "before_message", "after_message", "reason", "created_at", "before_approved_at", "before_approved_by"));
    }

    /** Approved at {@code approved} with {@code text} (edited from {@code draft} a minute before, when they differ). */
    void approved(UUID item, String draft, String text, Instant approved) {
        if (!text.equals(draft)) {
            row(item, "edit", OPERATOR, "pending", "pending", draft, text, null, approved.minus(Duration.ofMinutes(1)), null);
        }
        row(item, "approve", OPERATOR, "pending", "approved", text, text, null, approved, null);
    }

    void sent(UUID item, String text, Instant approved, Instant sent) {
        row(item, "mark_sent", WORKER, "approved", "sent", text, text, null, sent, approved);
    }

    void failed(UUID item, String text, Instant approved, Instant failed, String error) {
        row(item, "mark_failed", WORKER, "approved", "failed", text, text, error, failed, approved);
    }

    void rejected(UUID item, String draft, String reason, Instant rejected) {
        row(item, "reject", OPERATOR, "pending", "rejected", draft, draft, reason, rejected, null);
    }

    private void row(UUID item, String action, String actor, String before, String after, String beforeMessage, String afterMessage,
                     String reason, Instant at, Instant beforeApprovedAt) {
        audit.add(item, action, actor, before, after, beforeMessage, afterMessage, reason, at, beforeApprovedAt,
                beforeApprovedAt == null ? null : OPERATOR);
    }
}
