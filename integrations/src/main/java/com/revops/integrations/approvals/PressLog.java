package com.revops.integrations.approvals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The SQL of {@code revops_telegram_presses}: every press and reply the chat sent, done or refused and
 * why (append-only for the app). The approval audit log keeps the decisions themselves.
 */
public final class PressLog {
    private final Jdbi jdbi;

    public PressLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void record(Entry e) {
        DatabaseErrors.withHandle(jdbi, "Recording a press in the approval chat", h -> h.createUpdate("""
                        INSERT INTO revops_telegram_presses (update_id, kind, chat_id, user_id, action, subject, outcome, detail, created_at)
                        VALUES (:update, :kind, :chat, :user, :action, :subject, :outcome, :detail, :at)""")
                .bind("update", e.updateId()).bind("kind", e.kind()).bind("chat", e.chatId().orElse(null))
                .bind("user", e.userId()).bind("action", e.action()).bind("subject", e.subject()).bind("outcome", e.outcome())
                .bind("detail", e.detail()).bind("at", SqlTime.bind(e.at())).execute());
    }

    /** The latest entries, newest first. */
    public List<Entry> recent(int limit) {
        return DatabaseErrors.withHandle(jdbi, "Reading the presses of the approval chat", h -> h.createQuery("""
                        SELECT update_id, kind, chat_id, user_id, action, subject, outcome, detail, created_at
                          FROM revops_telegram_presses ORDER BY id DESC LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new Entry(rs.getLong("update_id"), rs.getString("kind"), Optional.ofNullable(rs.getString("chat_id")),
                        rs.getString("user_id"), rs.getString("action"), rs.getString("subject"), rs.getString("outcome"),
                        rs.getString("detail"), SqlTime.read(rs, "created_at").orElseThrow()))
                .list());
    }

    /** One press or reply: {@code kind} button|reply, {@code outcome} done|refused, {@code detail} what happened or why not. */
    public record Entry(long updateId, String kind, Optional<String> chatId, String userId, String action, String subject, String outcome,
                        String detail, Instant at) {
        public boolean done() {
            return "done".equals(outcome);
        }
    }
}
