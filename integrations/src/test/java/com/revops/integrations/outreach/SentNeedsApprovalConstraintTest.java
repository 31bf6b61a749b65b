package com.revops.integrations.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

/** SPEC §9: the database itself refuses a sent item that needed approval and has none — whatever code writes it. */
class SentNeedsApprovalConstraintTest {
    private static final String CONSTRAINT = "actp_outreach_queue_sent_needs_approval";
    private Database db;
    private OutreachFixtures fx;
    private UUID item;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
        item = fx.pending(null, "dm", "dm_send", "instagram", "Hi", Instant.parse("2026-03-02T06:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void sql(String statement) {
        db.jdbi().useHandle(h -> {
            var update = h.createUpdate(statement);
            if (statement.contains(":id")) {
                update.bind("id", item);
            }
            update.execute();
        });
    }

    @Test
    void aDirectUpdateToSentOfAnUnapprovedItemIsRefused() {
        assertThatThrownBy(() -> sql("UPDATE actp_outreach_queue SET status = 'sent', sent_at = now() WHERE id = :id"))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining(CONSTRAINT);
        assertThatThrownBy(() -> sql("UPDATE actp_outreach_queue SET status = 'approved' WHERE id = :id"))
                .hasMessageContaining(CONSTRAINT);
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("sent_at", null);
    }

    @Test
    void anInsertOfASentItemWithoutApprovalIsRefused() {
        assertThatThrownBy(() -> sql("""
                INSERT INTO actp_outreach_queue (action, message, channel, status, sent_at)
                VALUES ('dm_send', 'Hi', 'dm', 'sent', now())"""))
                .isInstanceOf(UnableToExecuteStatementException.class)
                .hasMessageContaining(CONSTRAINT);
        assertThatThrownBy(() -> sql("""
                INSERT INTO actp_outreach_queue (action, message, channel, status, approval_required)
                VALUES ('dm_send', 'Hi', 'dm', 'failed', true)"""))
                .hasMessageContaining(CONSTRAINT);
        assertThat(fx.count("SELECT count(*) FROM actp_outreach_queue")).isEqualTo(1);
    }

    @Test
    void anItemThatNeedsNoApprovalOrHasOneMayBeSent() {
        UUID free = db.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO actp_outreach_queue (action, message, channel, status, approval_required)
                        VALUES ('dm_send', 'Hi', 'dm', 'pending', false) RETURNING id""")
                .mapTo(UUID.class).one());
        OutreachQueue queue = new OutreachQueue(db.jdbi());
        queue.markSent(free, Instant.parse("2026-03-02T09:00:00Z"));
        queue.approve(item, "operator", Instant.parse("2026-03-02T09:00:00Z"));
        queue.markSent(item, Instant.parse("2026-03-02T09:05:00Z"));
        assertThat(fx.count("SELECT count(*) FROM actp_outreach_queue WHERE status = 'sent'")).isEqualTo(2);
    }

    @Test
    void undoingAnApprovalTakesAwayWhatTheConstraintChecks() {
        OutreachQueue queue = new OutreachQueue(db.jdbi());
        queue.approve(item, "operator", Instant.parse("2026-03-02T09:00:00Z"));
        queue.undo(item, "operator", Instant.parse("2026-03-02T09:01:00Z"));
        assertThatThrownBy(() -> sql("UPDATE actp_outreach_queue SET status = 'sent', sent_at = now() WHERE id = :id"))
                .hasMessageContaining(CONSTRAINT);
    }
}
