package com.revops.integrations.outreach;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Handle;

import com.revops.domain.outreach.ApprovalState;
import com.revops.domain.outreach.AuditEntry;
import com.revops.domain.outreach.OutreachItem;
import com.revops.domain.outreach.OutreachStatus;
import com.revops.domain.outreach.ReviewAction;
import com.revops.integrations.db.SqlTime;

/**
 * The SQL of {@code actp_approval_audit} (SPEC §9): one row per change of an outreach item,
 * written in the transaction of the change. Besides the status and text before and after, a row
 * keeps the approval fields it overwrote, so that an undo can restore them.
 */
final class ApprovalAudit {
    private ApprovalAudit() {
    }

    static void record(Handle h, Change change) {
        OutreachItem before = change.before();
        OutreachItem after = change.after();
        ApprovalState was = before.state();
        h.createUpdate("""
                        INSERT INTO actp_approval_audit (queue_item_id, action, actor, before_status, after_status,
                                    before_message, after_message, reason, created_at, undoes_id,
                                    before_approved_at, before_approved_by, before_rejected_reason, before_error)
                        VALUES (:item, :action, :actor, :beforeStatus, :afterStatus, :beforeMessage, :afterMessage, :reason, :at,
                                :undoes, :beforeApprovedAt, :beforeApprovedBy, :beforeRejectedReason, :beforeError)""")
                .bind("item", before.id())
                .bind("action", change.action().code())
                .bind("actor", change.actor())
                .bind("beforeStatus", before.status().code())
                .bind("afterStatus", after.status().code())
                .bind("beforeMessage", before.textToSend())
                .bind("afterMessage", after.textToSend())
                .bind("reason", change.reason().orElse(null))
                .bind("at", SqlTime.bind(change.at()))
                .bind("undoes", change.undoes().orElse(null))
                .bind("beforeApprovedAt", was.approvedAt().map(SqlTime::bind).orElse(null))
                .bind("beforeApprovedBy", was.approvedBy().orElse(null))
                .bind("beforeRejectedReason", was.rejectedReason().orElse(null))
                .bind("beforeError", was.error().orElse(null))
                .execute();
    }

    /** The item's audit rows, oldest first. */
    static List<AuditEntry> history(Handle h, UUID item) {
        return h.createQuery("""
                        SELECT id, queue_item_id, action, actor, before_status, after_status, before_message, after_message,
                               reason, created_at, undoes_id
                          FROM actp_approval_audit WHERE queue_item_id = :item ORDER BY id""")
                .bind("item", item)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getObject("queue_item_id", UUID.class),
                        ReviewAction.fromCode(rs.getString("action")).orElseThrow(),
                        rs.getString("actor"),
                        OutreachStatus.fromCode(rs.getString("before_status")),
                        OutreachStatus.fromCode(rs.getString("after_status")),
                        Optional.ofNullable(rs.getString("before_message")),
                        Optional.ofNullable(rs.getString("after_message")),
                        Optional.ofNullable(rs.getString("reason")),
                        SqlTime.read(rs, "created_at").orElseThrow(),
                        Optional.ofNullable((Long) rs.getObject("undoes_id"))))
                .list();
    }

    /** The item's state as the audit row {@code id} found it (what an undo of that row puts back). */
    static ApprovalState stateBefore(Handle h, long id) {
        return h.createQuery("""
                        SELECT before_status, before_message, before_approved_at, before_approved_by, before_rejected_reason,
                               before_error
                          FROM actp_approval_audit WHERE id = :id""")
                .bind("id", id)
                .map((rs, ctx) -> new ApprovalState(OutreachStatus.parse("before_status", rs.getString("before_status")),
                        Optional.ofNullable(rs.getString("before_message")),
                        SqlTime.read(rs, "before_approved_at"),
                        Optional.ofNullable(rs.getString("before_approved_by")),
                        Optional.ofNullable(rs.getString("before_rejected_reason")),
                        Optional.ofNullable(rs.getString("before_error")),
                        Optional.empty()))
                .one();
    }

    /** One change to record. */
    record Change(OutreachItem before, OutreachItem after, ReviewAction action, String actor, Optional<String> reason, Instant at,
                  Optional<Long> undoes) {
    }
}
