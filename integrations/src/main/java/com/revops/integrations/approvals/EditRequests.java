package com.revops.integrations.approvals;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.outreach.ItemFingerprint;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The SQL of {@code revops_telegram_edits}: an edit asked for in the chat — the prompt the new text
 * must answer, the text proposed, and what became of it (waiting → proposed → approved | saved |
 * cancelled). The queue itself changes only when the proposed text is confirmed.
 */
final class EditRequests {
    private final Jdbi jdbi;

    EditRequests(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long create(UUID item, ItemFingerprint seen, String chatId, String userId, Instant at) {
        return DatabaseErrors.withHandle(jdbi, "Recording an edit asked for in the chat", h -> h.createQuery("""
                        INSERT INTO revops_telegram_edits (item_id, fingerprint, chat_id, requested_by, requested_at)
                        VALUES (:item, :fp, :chat, :user, :at) RETURNING id""")
                .bind("item", item).bind("fp", seen.value()).bind("chat", chatId).bind("user", userId).bind("at", SqlTime.bind(at))
                .mapTo(Long.class).one());
    }

    void prompted(long id, long messageId) {
        update("UPDATE revops_telegram_edits SET prompt_message_id = :message WHERE id = :id", id, "message", messageId);
    }

    /** The open request whose prompt {@code messageId} in {@code chatId} answers. */
    Optional<Request> byPrompt(String chatId, long messageId) {
        return DatabaseErrors.withHandle(jdbi, "Reading an edit asked for in the chat", h -> h.createQuery(SELECT
                        + " WHERE chat_id = :chat AND prompt_message_id = :message ORDER BY id DESC LIMIT 1")
                .bind("chat", chatId).bind("message", messageId).map((rs, ctx) -> request(rs)).findOne());
    }

    Optional<Request> find(long id) {
        return DatabaseErrors.withHandle(jdbi, "Reading an edit asked for in the chat", h -> h.createQuery(SELECT + " WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> request(rs)).findOne());
    }

    void propose(long id, String text) {
        update("UPDATE revops_telegram_edits SET proposed_text = :text, state = 'proposed' WHERE id = :id", id, "text", text);
    }

    /** Closes a request (approved, saved or cancelled); false when it was closed before (a second press). */
    boolean close(long id, String state, Instant at) {
        return DatabaseErrors.withHandle(jdbi, "Closing an edit asked for in the chat", h -> h.createUpdate("""
                        UPDATE revops_telegram_edits SET state = :state, decided_at = :at
                         WHERE id = :id AND state IN ('waiting', 'proposed')""")
                .bind("state", state).bind("at", SqlTime.bind(at)).bind("id", id).execute() == 1);
    }

    private void update(String sql, long id, String name, Object value) {
        DatabaseErrors.withHandle(jdbi, "Updating an edit asked for in the chat", h -> h.createUpdate(sql)
                .bind(name, value).bind("id", id).execute());
    }

    private static final String SELECT = """
            SELECT id, item_id, fingerprint, chat_id, requested_by, requested_at, prompt_message_id, proposed_text, state
              FROM revops_telegram_edits""";

    private static Request request(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Request(rs.getLong("id"), rs.getObject("item_id", UUID.class), new ItemFingerprint(rs.getString("fingerprint")),
                rs.getString("chat_id"), rs.getString("requested_by"), SqlTime.read(rs, "requested_at").orElseThrow(),
                Optional.ofNullable(rs.getString("proposed_text")), rs.getString("state"));
    }

    /** One request: the item as seen when Edit was pressed, by whom, the text proposed so far, its state. */
    record Request(long id, UUID item, ItemFingerprint seen, String chatId, String requestedBy, Instant requestedAt,
                   Optional<String> proposedText, String state) {
        boolean open() {
            return "waiting".equals(state) || "proposed".equals(state);
        }

        /** The version the confirmation buttons carry: the item as seen and the text proposed, as one. */
        ItemFingerprint version() {
            return ItemFingerprint.of(seen.value() + "\n" + proposedText.orElse(""));
        }
    }
}
