package com.revops.integrations.outreach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Handle;

import com.revops.domain.outreach.ApprovalState;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.domain.outreach.OutreachItem;
import com.revops.domain.outreach.OutreachItemChangedException;
import com.revops.domain.outreach.OutreachStatus;
import com.revops.integrations.db.SqlTime;

/** The SQL of {@code actp_outreach_queue} rows: read one, write one with an optimistic check. */
final class QueueRows {
    /** The item columns, for queries that alias the table as {@code q}. */
    static final String COLUMNS = """
            q.id, q.channel, q.action, q.platform, q.message, q.approval_required, q.scheduled_at, q.created_at,
            q.contact_id, q.upwork_job_id, q.status, q.approved_message, q.approved_at, q.approved_by,
            q.rejected_reason, q.error, q.sent_at""";

    private QueueRows() {
    }

    static Optional<OutreachItem> find(Handle h, UUID id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM actp_outreach_queue q WHERE q.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> item(rs))
                .findOne();
    }

    /**
     * Writes {@code after} over {@code before}, only if the row is still as {@code before} was read
     * (same status, same text to send); otherwise nothing changes and the caller hears who won.
     */
    static void write(Handle h, OutreachItem before, OutreachItem after, java.time.Instant at) {
        ApprovalState s = after.state();
        int rows = h.createUpdate("""
                        UPDATE actp_outreach_queue
                           SET status = :status, approved_message = :approvedMessage, approved_at = :approvedAt,
                               approved_by = :approvedBy, rejected_reason = :rejectedReason, error = :error,
                               sent_at = :sentAt, updated_at = :at
                         WHERE id = :id AND status = :expectedStatus
                           AND coalesce(approved_message, message, '') = :expectedText""")
                .bind("status", s.status().code())
                .bind("approvedMessage", s.approvedMessage().orElse(null))
                .bind("approvedAt", s.approvedAt().map(SqlTime::bind).orElse(null))
                .bind("approvedBy", s.approvedBy().orElse(null))
                .bind("rejectedReason", s.rejectedReason().orElse(null))
                .bind("error", s.error().orElse(null))
                .bind("sentAt", s.sentAt().map(SqlTime::bind).orElse(null))
                .bind("at", SqlTime.bind(at))
                .bind("id", before.id())
                .bind("expectedStatus", before.status().code())
                .bind("expectedText", before.textToSend())
                .execute();
        if (rows != 1) {
            String now = find(h, before.id()).map(i -> i.status().code()).orElse("deleted");
            throw new OutreachItemChangedException(before.id(), now);
        }
    }

    static OutreachItem item(ResultSet rs) throws SQLException {
        ApprovalState state = new ApprovalState(
                OutreachStatus.parse("status", rs.getString("status")),
                Optional.ofNullable(rs.getString("approved_message")),
                SqlTime.read(rs, "approved_at"),
                Optional.ofNullable(rs.getString("approved_by")),
                Optional.ofNullable(rs.getString("rejected_reason")),
                Optional.ofNullable(rs.getString("error")),
                SqlTime.read(rs, "sent_at"));
        String platform = rs.getString("platform");
        String action = rs.getString("action");
        return new OutreachItem(
                rs.getObject("id", UUID.class),
                OutreachChannel.of(rs.getString("channel"), platform, action),
                action,
                Optional.ofNullable(platform),
                Optional.ofNullable(rs.getString("message")).orElse(""),
                rs.getBoolean("approval_required"),
                SqlTime.read(rs, "scheduled_at"),
                SqlTime.read(rs, "created_at").orElseThrow(),
                Optional.ofNullable(rs.getObject("contact_id", UUID.class)),
                Optional.ofNullable(rs.getObject("upwork_job_id", UUID.class)),
                state);
    }
}
