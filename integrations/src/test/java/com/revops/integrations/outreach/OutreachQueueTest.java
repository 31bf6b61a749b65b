package com.revops.integrations.outreach;

import static com.revops.integrations.testing.OutreachFixtures.instant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.domain.outreach.OutreachItem;
import com.revops.domain.outreach.OutreachItemChangedException;
import com.revops.domain.outreach.OutreachStatus;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

/** The operator's decisions on the approval queue, each checked in the table and in the audit log. */
class OutreachQueueTest {
    private static final Instant DRAFTED = Instant.parse("2026-03-02T06:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T09:05:00Z");
    private static final Instant T3 = Instant.parse("2026-03-02T09:10:00Z");
    private static final String DRAFT = "Hi Ada, loved your post on automating invoices. Open to a quick chat?";

    private Database db;
    private OutreachFixtures fx;
    private OutreachQueue queue;
    private UUID ada;
    private UUID item;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
        queue = new OutreachQueue(db.jdbi());
        ada = fx.contact("Ada Lovelace", "@ada", "instagram", "awareness", "fintech", new String[] {"warm"});
        item = fx.pending(ada, "dm", "dm_send", "instagram", DRAFT, DRAFTED);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void approveSetsTheApprovalAndWritesOneAuditRow() {
        OutreachItem approved = queue.approve(item, "operator", T1);

        assertThat(approved.status()).isEqualTo(OutreachStatus.APPROVED);
        Map<String, Object> row = fx.row(item);
        assertThat(row).containsEntry("status", "approved").containsEntry("approved_by", "operator")
                .containsEntry("message", DRAFT).containsEntry("approved_message", DRAFT);
        assertThat(instant(row, "approved_at")).isEqualTo(T1);
        assertThat(instant(row, "updated_at")).isEqualTo(T1);
        List<Map<String, Object>> audit = fx.audit(item);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0)).containsEntry("action", "approve").containsEntry("actor", "operator")
                .containsEntry("before_status", "pending").containsEntry("after_status", "approved")
                .containsEntry("before_message", DRAFT).containsEntry("after_message", DRAFT).containsEntry("reason", null);
        assertThat(instant(audit.get(0), "created_at")).isEqualTo(T1);
    }

    @Test
    void editThenApproveKeepsTheDraftAndLogsBothSteps() {
        queue.editAndApprove(item, "  Hi Ada — quick question about your invoicing stack?  ", "operator", T1);

        Map<String, Object> row = fx.row(item);
        assertThat(row).containsEntry("status", "approved").containsEntry("message", DRAFT)
                .containsEntry("approved_message", "Hi Ada — quick question about your invoicing stack?");
        List<Map<String, Object>> audit = fx.audit(item);
        assertThat(audit).extracting(a -> a.get("action")).containsExactly("edit", "approve");
        assertThat(audit.get(0)).containsEntry("before_status", "pending").containsEntry("after_status", "pending")
                .containsEntry("before_message", DRAFT)
                .containsEntry("after_message", "Hi Ada — quick question about your invoicing stack?");
        assertThat(audit.get(1)).containsEntry("before_status", "pending").containsEntry("after_status", "approved")
                .containsEntry("after_message", "Hi Ada — quick question about your invoicing stack?");
    }

    @Test
    void anEditOverTheChannelLimitChangesNothing() {
        assertThatThrownBy(() -> queue.edit(item, "x".repeat(1001), "operator", T1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("message: is 1001 characters; a DM allows at most 1000 — shorten it by 1");
        assertThat(fx.row(item)).containsEntry("approved_message", null).containsEntry("status", "pending");
        assertThat(fx.audit(item)).isEmpty();
    }

    @Test
    void rejectKeepsTheReasonOnTheItemAndInTheLog() {
        queue.reject(item, "  Too salesy for a first touch. ", "operator", T1);

        assertThat(fx.row(item)).containsEntry("status", "rejected").containsEntry("rejected_reason", "Too salesy for a first touch.")
                .containsEntry("approved_at", null);
        assertThat(fx.audit(item)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("action", "reject").containsEntry("before_status", "pending").containsEntry("after_status", "rejected")
                .containsEntry("reason", "Too salesy for a first touch."));
    }

    @Test
    void reopenBringsARejectedItemBackToPending() {
        queue.reject(item, "Wrong niche", "operator", T1);
        queue.reopen(item, "operator", T2);

        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("rejected_reason", null);
        List<Map<String, Object>> audit = fx.audit(item);
        assertThat(audit).extracting(a -> a.get("action")).containsExactly("reject", "reopen");
        assertThat(audit.get(1)).containsEntry("before_status", "rejected").containsEntry("after_status", "pending")
                .containsEntry("before_rejected_reason", "Wrong niche").containsEntry("actor", "operator");
        assertThatThrownBy(() -> queue.reopen(item, "operator", T3)).hasMessage("ID: item " + item + " is already pending");
    }

    @Test
    void undoRevertsTheLastActionThenTheOneBeforeAndLogsEachAsItsInverse() {
        queue.editAndApprove(item, "Shorter hello", "operator", T1);

        queue.undo(item, "operator", T2);
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("approved_message", "Shorter hello")
                .containsEntry("approved_at", null).containsEntry("approved_by", null);

        queue.undo(item, "operator", T3);
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("approved_message", null)
                .containsEntry("message", DRAFT);

        List<Map<String, Object>> audit = fx.audit(item);
        assertThat(audit).extracting(a -> a.get("action")).containsExactly("edit", "approve", "reopen", "edit");
        assertThat(audit.get(2)).containsEntry("reason", "undo").containsEntry("undoes_id", audit.get(1).get("id"))
                .containsEntry("before_status", "approved").containsEntry("after_status", "pending");
        assertThat(audit.get(3)).containsEntry("reason", "undo").containsEntry("undoes_id", audit.get(0).get("id"))
                .containsEntry("before_message", "Shorter hello").containsEntry("after_message", DRAFT);
        assertThatThrownBy(() -> queue.undo(item, "operator", T3)).isInstanceOf(InvalidInputException.class)
                .hasMessage("ID: item " + item + " has nothing to undo");
    }

    @Test
    void undoOfAReopenPutsBackTheRejectionWithItsReason() {
        queue.reject(item, "Already talking by email", "operator", T1);
        queue.reopen(item, "operator", T2);
        queue.undo(item, "operator", T3);

        assertThat(fx.row(item)).containsEntry("status", "rejected").containsEntry("rejected_reason", "Already talking by email");
        assertThat(fx.audit(item).get(2)).containsEntry("action", "reject").containsEntry("reason", "undo")
                .containsEntry("before_status", "pending").containsEntry("after_status", "rejected");
    }

    @Test
    void undoStopsAtTheWorkersReport() {
        queue.approve(item, "operator", T1);
        queue.markSent(item, T2);
        assertThatThrownBy(() -> queue.undo(item, "operator", T3))
                .hasMessageContaining("was the worker's report (mark_sent").hasMessageContaining("cannot be undone");
        assertThat(fx.row(item)).containsEntry("status", "sent");
        assertThat(fx.audit(item)).hasSize(2);
    }

    @Test
    void bulkApproveIsAllOrNothing() {
        UUID second = fx.pending(ada, "dm", "dm_send", "instagram", "Second", DRAFTED);
        UUID third = fx.pending(ada, "linkedin", "linkedin_message", "linkedin", "Third", DRAFTED);
        UUID rejected = fx.pending(ada, "dm", "dm_send", "instagram", "Fourth", DRAFTED);
        queue.reject(rejected, "no", "operator", T1);

        assertThatThrownBy(() -> queue.bulkApprove(List.of(item, second, rejected, third), "operator", T2))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("ID: item " + rejected + " was rejected; re-open it before it can be approved");
        for (UUID id : List.of(item, second, third)) {
            assertThat(fx.row(id)).containsEntry("status", "pending").containsEntry("approved_at", null);
            assertThat(fx.audit(id)).isEmpty();
        }

        List<OutreachItem> approved = queue.bulkApprove(List.of(item, second, third, second), "operator", T2);
        assertThat(approved).extracting(OutreachItem::id).containsExactly(item, second, third);
        for (UUID id : List.of(item, second, third)) {
            assertThat(fx.row(id)).containsEntry("status", "approved");
            assertThat(fx.audit(id)).singleElement().satisfies(a -> assertThat(a).containsEntry("action", "approve"));
        }
    }

    @Test
    void markSentIsRefusedForAnItemNeverApproved() {
        assertThatThrownBy(() -> queue.markSent(item, T1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("ID: item " + item + " was never approved (it is pending); it cannot be marked sent");
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("sent_at", null);
        assertThat(fx.audit(item)).isEmpty();
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertThatThrownBy(() -> queue.markSent(unknown, T1)).hasMessage("ID: no outreach item with id " + unknown);
    }

    @Test
    void markSentRecordsTheMessageInTheContactsTimeline() {
        queue.approve(item, "operator", T1);
        queue.markSent(item, T2);

        Map<String, Object> row = fx.row(item);
        assertThat(row).containsEntry("status", "sent");
        assertThat(instant(row, "sent_at")).isEqualTo(T2);
        assertThat(fx.audit(item).get(1)).containsEntry("action", "mark_sent").containsEntry("actor", "worker")
                .containsEntry("before_status", "approved").containsEntry("after_status", "sent");
        assertThat(fx.count("SELECT count(*) FROM actp_interactions WHERE type = 'dm_sent' AND content = '" + DRAFT.replace("'", "''")
                + "' AND created_at = '2026-03-02T09:05:00Z'")).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM crm_contacts WHERE last_interaction_at = '2026-03-02T09:05:00Z'")).isEqualTo(1);
        assertThatThrownBy(() -> queue.markSent(item, T3)).hasMessage("ID: item " + item + " is already marked sent");
    }

    @Test
    void markFailedKeepsTheWorkersErrorText() {
        queue.approve(item, "operator", T1);
        queue.markFailed(item, "Instagram session expired; log in again on the worker machine.", T2);

        assertThat(fx.row(item)).containsEntry("status", "failed").containsEntry("sent_at", null)
                .containsEntry("error", "Instagram session expired; log in again on the worker machine.");
        assertThat(fx.audit(item).get(1)).containsEntry("action", "mark_failed").containsEntry("actor", "worker")
                .containsEntry("after_status", "failed")
                .containsEntry("reason", "Instagram session expired; log in again on the worker machine.");

        queue.reopen(item, "operator", T3);
        assertThat(fx.row(item)).containsEntry("status", "pending").containsEntry("error", null).containsEntry("approved_at", null);
        queue.undo(item, "operator", T3);
        assertThat(fx.row(item)).containsEntry("status", "failed").containsEntry("approved_by", "operator")
                .containsEntry("error", "Instagram session expired; log in again on the worker machine.");
        assertThat(instant(fx.row(item), "approved_at")).isEqualTo(T1);
    }

    @Test
    void aChangeBasedOnAStaleReadIsRefusedInsteadOfOverwriting() {
        OutreachItem stale = queue.find(item).orElseThrow();
        queue.approve(item, "someone else", T1);

        assertThatThrownBy(() -> db.jdbi().useTransaction(h -> QueueRows.write(h, stale, stale.reject(Optional.of("late")), T2)))
                .isInstanceOf(OutreachItemChangedException.class)
                .hasMessage("ID: item " + item + " was changed meanwhile (it is now approved); nothing was changed — reload it and try again");
        assertThat(fx.row(item)).containsEntry("status", "approved").containsEntry("rejected_reason", null);
    }

    @Test
    void pendingItemsComeByChannelWithTheContactCardOrTheJob() {
        fx.interaction(ada, "dm_reply", "Sounds interesting", Instant.parse("2026-03-01T10:00:00Z"));
        fx.interaction(ada, "dm_sent", "First touch", Instant.parse("2026-02-27T10:00:00Z"));
        fx.interaction(ada, "note", "Met at a meetup", Instant.parse("2026-02-20T10:00:00Z"));
        fx.interaction(ada, "note", "Oldest, not shown", Instant.parse("2026-02-10T10:00:00Z"));
        UUID job = fx.upworkJob("AI agent to triage our support inbox", "3200", "https://www.upwork.com/jobs/~01abc");
        UUID proposal = fx.proposal(job, "Dear Northwind, …", DRAFTED);
        UUID done = fx.approved(ada, "dm", "dm_send", "instagram", "old", null, "sent", T1);

        Map<OutreachChannel, List<PendingItem>> pending = queue.pendingByChannel();

        assertThat(pending.keySet()).containsExactly(OutreachChannel.LINKEDIN, OutreachChannel.DM, OutreachChannel.UPWORK);
        assertThat(pending.get(OutreachChannel.LINKEDIN)).isEmpty();
        PendingItem dm = pending.get(OutreachChannel.DM).get(0);
        assertThat(pending.get(OutreachChannel.DM)).extracting(p -> p.item().id()).containsExactly(item).doesNotContain(done);
        ContactCard card = dm.contact().orElseThrow();
        assertThat(card.name()).contains("Ada Lovelace");
        assertThat(card.handle()).contains("@ada");
        assertThat(card.niche()).contains("fintech");
        assertThat(card.offer()).contains("ai_automation");
        assertThat(card.score().orElseThrow()).isEqualByComparingTo("72.5");
        assertThat(card.lastInteractions()).extracting(i -> i.content().orElseThrow())
                .containsExactly("Sounds interesting", "First touch", "Met at a meetup");
        PendingItem upwork = pending.get(OutreachChannel.UPWORK).get(0);
        assertThat(upwork.item().id()).isEqualTo(proposal);
        assertThat(upwork.contact()).isEmpty();
        assertThat(upwork.job().orElseThrow().title()).contains("AI agent to triage our support inbox");
        assertThat(upwork.job().orElseThrow().budgetUsd().orElseThrow()).isEqualByComparingTo("3200");
        assertThat(upwork.job().orElseThrow().url()).contains("https://www.upwork.com/jobs/~01abc");
        assertThat(upwork.item().limit().maxChars()).isEqualTo(5000);
    }

    @Test
    void aSentProposalMarksItsUpworkJobSubmitted() {
        UUID job = fx.upworkJob("Zapier cleanup", "650", "https://www.upwork.com/jobs/~02");
        UUID proposal = fx.proposal(job, "Proposal text", DRAFTED);
        queue.approve(proposal, "operator", T1);
        queue.markSent(proposal, T2);
        assertThat(fx.count("SELECT count(*) FROM actp_upwork_jobs WHERE status = 'submitted' AND proposal_text = 'Proposal text'"))
                .isEqualTo(1);
        assertThat(queue.approvedNotSent(T3)).isEmpty();
    }
}
