package com.revops.integrations.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.outreach.ItemFingerprint;
import com.revops.domain.outreach.OutreachItemChangedException;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

/** Decisions taken from a distance apply only to the item as it was seen; otherwise nothing changes. */
class DecisionsAsSeenTest {
    private static final Instant DRAFTED = Instant.parse("2026-03-02T06:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-02T08:14:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T08:16:00Z");

    private Database db;
    private OutreachFixtures fx;
    private OutreachQueue queue;
    private UUID item;
    private ItemFingerprint seen;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
        queue = new OutreachQueue(db.jdbi());
        UUID ada = fx.contact("Ada Lovelace", "@ada", "instagram", "awareness", "fintech", new String[] {});
        item = fx.pending(ada, "dm", "dm_send", "instagram", "Hi Ada", DRAFTED);
        seen = ItemFingerprint.of(queue.find(item).orElseThrow());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void anItemChangedSinceItWasSeenIsNeitherApprovedNorRejected() {
        queue.edit(item, "Hi Ada — changed in the console", "operator", T1);
        int auditRows = fx.audit(item).size();

        assertThatThrownBy(() -> queue.approve(item, seen, "telegram:42", T2)).isInstanceOf(OutreachItemChangedException.class);
        assertThatThrownBy(() -> queue.reject(item, seen, "telegram:42", T2)).isInstanceOf(OutreachItemChangedException.class);
        assertThatThrownBy(() -> queue.edit(item, seen, "Hi Ada!", true, "telegram:42", T2))
                .isInstanceOf(OutreachItemChangedException.class);
        assertThatThrownBy(() -> queue.bulkApprove(Map.of(item, seen), "telegram:42", T2))
                .isInstanceOf(OutreachItemChangedException.class);
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("approved_message", "Hi Ada — changed in the console");
        assertThat(fx.audit(item)).hasSize(auditRows);
    }

    @Test
    void anItemAsSeenIsApprovedWithItsAuditRowAndTheActor() {
        queue.approve(item, seen, "telegram:42", T1);

        assertThat(fx.row(item)).containsEntry("status", "approved").containsEntry("approved_by", "telegram:42");
        assertThat(fx.audit(item)).singleElement().satisfies(a -> assertThat(a).containsEntry("action", "approve")
                .containsEntry("actor", "telegram:42"));
    }

    @Test
    void anEditAsSeenIsSavedAndApprovedInOneStep() {
        queue.edit(item, seen, "Hi Ada, from my phone", true, "telegram:42", T1);

        assertThat(fx.row(item)).containsEntry("status", "approved").containsEntry("approved_message", "Hi Ada, from my phone");
        assertThat(fx.audit(item)).extracting(a -> a.get("action")).containsExactly("edit", "approve");
    }

    @Test
    void bulkApprovalIsAllOrNone() {
        UUID second = fx.pending(null, "linkedin", "linkedin_connect", "linkedin", "Hello", DRAFTED);
        Map<UUID, ItemFingerprint> shown = new LinkedHashMap<>();
        shown.put(item, seen);
        shown.put(second, ItemFingerprint.of(queue.find(second).orElseThrow()));
        queue.reject(second, "not now", "operator", T1);

        assertThatThrownBy(() -> queue.bulkApprove(shown, "telegram:42", T2)).isInstanceOf(OutreachItemChangedException.class);
        assertThat(fx.row(item)).containsEntry("status", "pending");
        assertThat(fx.audit(item)).isEmpty();
    }

    @Test
    void undoRevertsOnlyTheDecisionItNames() {
        queue.approve(item, seen, "telegram:42", T1);
        long approval = (Long) fx.audit(item).get(0).get("id");
        queue.undo(item, "operator", T1);
        queue.approve(item, "operator", T2);

        assertThatThrownBy(() -> queue.undo(item, approval, "telegram:42", T2)).isInstanceOf(OutreachItemChangedException.class)
                .hasMessageContaining("decided again since (approve by operator)");
        assertThat(fx.row(item)).containsEntry("status", "approved").containsEntry("approved_by", "operator");

        long latest = (Long) fx.audit(item).get(2).get("id");
        queue.undo(item, latest, "telegram:42", T2);
        assertThat(fx.row(item)).containsEntry("status", "pending");
        assertThat(fx.audit(item)).last().satisfies(a -> assertThat(a).containsEntry("action", "reopen")
                .containsEntry("actor", "telegram:42").containsEntry("undoes_id", latest));
    }
}
