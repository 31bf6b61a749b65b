package com.revops.integrations.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.revops.integrations.csv.CsvImporter;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * SPEC §9, issue "Reliability and security" point 3: the approval gate and the audit log hold against
 * direct SQL, because the database enforces them. Each statement an audit found to pass is run as the
 * app's own role — the role every other test and the app itself use — and refused, changing nothing.
 */
@Tag("fault")
class ApprovalGateTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
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
    void theAppWorksAsARoleThatIsNoSuperuserAndOwnsNoTable() {
        Map<String, Object> me = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT current_user AS name, r.rolsuper AS superuser,
                               (SELECT count(*) FROM pg_class c WHERE c.relowner = r.oid) AS owned
                          FROM pg_roles r WHERE r.rolname = current_user""")
                .mapToMap().one());
        assertThat(me).containsEntry("name", Database.APP_ROLE).containsEntry("superuser", false).containsEntry("owned", 0L);
    }

    @Test
    void markingAnItemSentWhileSwitchingItsApprovalOffIsRefused() {
        assertThatThrownBy(() -> sql("UPDATE actp_outreach_queue SET status = 'sent', approval_required = false, sent_at = now() WHERE id = :id"))
                .isInstanceOf(JdbiException.class).hasMessageContaining("approval_required cannot be switched off");
        assertThatThrownBy(() -> sql("UPDATE actp_outreach_queue SET approval_required = false WHERE id = :id"))
                .hasMessageContaining("approval_required cannot be switched off");
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("approval_required", true);
    }

    @Test
    void markingAnItemSentWithAnApprovalTimeButNoAuditRowIsRefused() {
        assertThatThrownBy(() -> sql("UPDATE actp_outreach_queue SET status = 'sent', approved_at = now(), sent_at = now() WHERE id = :id"))
                .isInstanceOf(JdbiException.class).hasMessageContaining("without an audit row of the same transaction");
        assertThatThrownBy(() -> sql("UPDATE actp_outreach_queue SET status = 'approved', approved_at = now(), approved_by = 'operator' WHERE id = :id"))
                .hasMessageContaining("without an audit row of the same transaction");
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("approved_at", null);
    }

    @Test
    void anAuditRowOfAnotherTransactionDoesNotOpenTheGate() {
        sql("""
                INSERT INTO actp_approval_audit (queue_item_id, action, actor, before_status, after_status, transaction_id)
                VALUES (:id, 'approve', 'forger', 'pending', 'approved', txid_current() + 1)""");

        assertThatThrownBy(() -> sql("UPDATE actp_outreach_queue SET status = 'approved', approved_at = now() WHERE id = :id"))
                .hasMessageContaining("without an audit row of the same transaction");
        assertThat(fx.row(item)).containsEntry("status", "pending");
    }

    @Test
    void insertingAnItemAlreadySentOrApprovedIsRefused() {
        for (String status : List.of("sent", "approved")) {
            assertThatThrownBy(() -> sql("""
                    INSERT INTO actp_outreach_queue (action, message, channel, status, approval_required, approved_at, sent_at)
                    VALUES ('dm_send', 'Hi', 'dm', '%s', true, now(), now())""".formatted(status)))
                    .as(status).hasMessageContaining("without an audit row of the same transaction");
        }
        assertThat(fx.count("SELECT count(*) FROM actp_outreach_queue")).isEqualTo(1);
    }

    @Test
    void importingAQueueRowAlreadySentStoresNothing() {
        CsvImporter importer = new CsvImporter(db, ZoneOffset.UTC, Clock.fixed(AT, ZoneOffset.UTC));

        assertThatThrownBy(() -> importer.importCsv("actp_outreach_queue", "queue.csv", new StringReader("""
                action,message,channel,status,approval_required,approved_at,approved_by,sent_at
                dm_send,Hi,dm,sent,true,2026-03-01T10:00:00Z,operator,2026-03-01T10:05:00Z
                """)));
        assertThat(fx.count("SELECT count(*) FROM actp_outreach_queue")).isEqualTo(1);
    }

    @Test
    void theAuditLogCanBeNeitherChangedNorDeletedNorEmptied() {
        new OutreachQueue(db.jdbi()).approve(item, "operator", AT);
        List<Map<String, Object>> before = fx.audit(item);

        assertThatThrownBy(() -> sql("UPDATE actp_approval_audit SET actor = 'someone else' WHERE queue_item_id = :id"))
                .isInstanceOf(JdbiException.class).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> sql("DELETE FROM actp_approval_audit WHERE queue_item_id = :id"))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("TRUNCATE actp_approval_audit")))
                .hasMessageContaining("permission denied");
        assertThat(fx.audit(item)).isEqualTo(before).hasSize(1);
    }

    @Test
    void theSchemaOwnerIsHeldByTheSameRulesUnlessItDeliberatelyDisablesThem() {
        new OutreachQueue(db.jdbi()).approve(item, "operator", AT);

        assertThatThrownBy(() -> TestDatabase.asOwner(db, "UPDATE actp_approval_audit SET actor = 'someone else'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> TestDatabase.asOwner(db, "DELETE FROM actp_approval_audit"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> TestDatabase.asOwner(db, "TRUNCATE actp_approval_audit"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> TestDatabase.asOwner(db, "UPDATE actp_outreach_queue SET status = 'sent', sent_at = now()"))
                .hasMessageContaining("without an audit row of the same transaction");
        assertThat(fx.audit(item)).hasSize(1);
        assertThat(fx.row(item)).containsEntry("status", "approved");
    }

    @Test
    void theAppsRoleCannotSwitchTheRulesOff() {
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("ALTER TABLE actp_outreach_queue DISABLE TRIGGER ALL")))
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DROP TRIGGER actp_approval_audit_append_only ON actp_approval_audit")))
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("SET session_replication_role = replica")))
                .hasMessageContaining("permission denied");
    }

    @Test
    void aChangeWrittenWithItsAuditRowInOneTransactionPasses() {
        db.jdbi().useTransaction(h -> {
            h.createUpdate("UPDATE actp_outreach_queue SET status = 'approved', approved_at = now(), approved_by = 'operator' WHERE id = :id")
                    .bind("id", item).execute();
            h.createUpdate("""
                            INSERT INTO actp_approval_audit (queue_item_id, action, actor, before_status, after_status)
                            VALUES (:id, 'approve', 'operator', 'pending', 'approved')""")
                    .bind("id", item).execute();
        });

        assertThat(fx.row(item)).containsEntry("status", "approved");
        assertThat(fx.audit(item)).singleElement().satisfies(row -> assertThat(row.get("transaction_id")).isNotNull());
    }
}
