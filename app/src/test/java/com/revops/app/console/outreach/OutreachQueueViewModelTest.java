package com.revops.app.console.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.domain.outreach.ChannelProgress;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.integrations.db.Database;
import com.revops.integrations.outreach.PendingItem;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** The queue's ViewModel on a real database: every decision is in actp_outreach_queue and actp_approval_audit. */
class OutreachQueueViewModelTest {
    @TempDir
    Path home;
    private Database db;
    private QueueTestData data;
    private OutreachQueueViewModel model;

    @BeforeEach
    void setUp() {
        db = TestDatabase.fresh();
        data = new QueueTestData(db);
        model = new OutreachQueueViewModel(QueueTestData.context(db, home, Map.of()));
        model.refresh();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void itemsAreGroupedByChannelWithTodaysProgress() {
        assertThat(model.lines()).extracting(QueueTestData::describeLine).containsExactly(
                "LinkedIn — 2 waiting", "Ada Lovelace", "Grace Hopper",
                "DMs — 1 waiting", "Bob Builder",
                "Upwork proposals — 1 waiting", "Zapier CRM sync for a small agency");
        assertThat(model.currentProperty().get().item().id()).isEqualTo(data.adaNote);
        assertThat(model.summaryProperty().get()).isEqualTo("4 waiting for review · today is Monday 2 March");
        // by hand: 18 sent + 2 approved today of 50 → 30 to approve; 6 of 20 → 14; 1 of 5 → 4
        assertThat(model.progress()).extracting(ChannelProgress::channel, ChannelProgress::sent, ChannelProgress::target,
                ChannelProgress::waiting, ChannelProgress::toApprove).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutreachChannel.LINKEDIN, 18L, 50, 2L, 30L),
                org.assertj.core.groups.Tuple.tuple(OutreachChannel.DM, 6L, 20, 0L, 14L),
                org.assertj.core.groups.Tuple.tuple(OutreachChannel.UPWORK, 1L, 5, 0L, 4L));
        assertThat(ProgressStrip.detail(model.progress().get(0))).isEqualTo("2 approved, not sent yet · 30 more to approve today");
        assertThat(model.redraftAvailableProperty().get()).isFalse();
    }

    @Test
    void approveWritesTheItemAndItsAuditRowThenMovesOn() {
        model.approve();

        assertThat(data.row(data.adaNote)).containsEntry("status", "approved").containsEntry("approved_by", "operator")
                .containsEntry("approved_message", QueueTestData.ADA_NOTE);
        assertThat(data.audit(data.adaNote)).containsExactly("approve operator pending→approved");
        assertThat(model.status().text()).isEqualTo("Approved: LinkedIn connection note to Ada Lovelace");
        assertThat(model.status().isProblem()).isFalse();
        assertThat(model.currentProperty().get().item().id()).isEqualTo(data.graceMessage);
        assertThat(model.lines().get(0)).isEqualTo(new QueueLine.Heading(OutreachChannel.LINKEDIN, 1));
        // approved, not sent: LinkedIn stays 18 sent; 3 on their way, 29 to approve
        assertThat(model.progress().get(0).waiting()).isEqualTo(3);
        assertThat(model.progress().get(0).toApprove()).isEqualTo(29);
    }

    @Test
    void editThenApproveIsTwoAuditRowsAndSendsTheEditedText() {
        model.startEdit();
        assertThat(model.editor().textProperty().get()).isEqualTo(QueueTestData.ADA_NOTE);
        assertThat(model.editor().countProperty().get()).isEqualTo("66 / 300 characters · LinkedIn connection note");
        model.editor().textProperty().set("Hi Ada, your invoice automation post was spot on. Connect?");
        assertThat(model.editor().countProperty().get()).isEqualTo("58 / 300 characters · LinkedIn connection note");

        model.saveEdit(true);

        assertThat(data.row(data.adaNote)).containsEntry("status", "approved").containsEntry("message", QueueTestData.ADA_NOTE)
                .containsEntry("approved_message", "Hi Ada, your invoice automation post was spot on. Connect?");
        assertThat(data.audit(data.adaNote)).containsExactly("edit operator pending→pending", "approve operator pending→approved");
        assertThat(model.status().text()).isEqualTo("Edited and approved: LinkedIn connection note to Ada Lovelace");
        assertThat(model.editor().isOpen()).isFalse();
    }

    @Test
    void saveWithoutApprovingKeepsTheItemPending() {
        model.startEdit();
        model.editor().textProperty().set("Hi Ada — connect?");
        model.saveEdit(false);

        assertThat(data.row(data.adaNote)).containsEntry("status", "pending").containsEntry("approved_message", "Hi Ada — connect?");
        assertThat(data.audit(data.adaNote)).containsExactly("edit operator pending→pending");
        assertThat(model.status().text()).isEqualTo("Saved the edit: LinkedIn connection note to Ada Lovelace — still waiting for approval");
        assertThat(model.currentProperty().get().item().textToSend()).isEqualTo("Hi Ada — connect?");
    }

    @Test
    void aTextOverTheChannelsLimitIsRefusedAndNothingIsWritten() {
        model.startEdit();
        model.editor().textProperty().set("x".repeat(301));
        assertThat(model.editor().overLimitProperty().get()).isTrue();

        model.saveEdit(true);

        assertThat(model.editor().problemProperty().get())
                .isEqualTo("The text is 301 characters; a LinkedIn connection note allows at most 300 — shorten it by 1");
        assertThat(model.editor().isOpen()).isTrue();
        assertThat(data.row(data.adaNote)).containsEntry("status", "pending").containsEntry("approved_message", null);
        assertThat(data.audit(data.adaNote)).isEmpty();
    }

    @Test
    void rejectKeepsTheReasonInTheItemAndTheAuditLog() {
        select(data.bobDm);
        model.startReject();
        model.rejectReasonProperty().set("  too pushy for a first touch ");
        model.confirmReject();

        assertThat(data.row(data.bobDm)).containsEntry("status", "rejected").containsEntry("rejected_reason", "too pushy for a first touch");
        assertThat(data.audit(data.bobDm)).containsExactly("reject operator pending→rejected too pushy for a first touch");
        assertThat(model.status().text()).isEqualTo("Rejected: DM to Bob Builder — too pushy for a first touch");
        assertThat(model.rejectingProperty().get()).isFalse();
    }

    @Test
    void undoWalksBackThisSessionsDecisionsNewestFirst() {
        model.startEdit();
        model.editor().textProperty().set("Hi Ada — connect?");
        model.saveEdit(true);

        model.undo();
        assertThat(data.row(data.adaNote)).containsEntry("status", "pending").containsEntry("approved_message", "Hi Ada — connect?")
                .containsEntry("approved_by", null);
        assertThat(model.status().text()).isEqualTo("Undone: approval of LinkedIn connection note to Ada Lovelace — back in the queue");
        assertThat(model.currentProperty().get().item().id()).isEqualTo(data.adaNote);

        model.undo();
        assertThat(data.row(data.adaNote)).containsEntry("status", "pending").containsEntry("approved_message", null);
        assertThat(data.audit(data.adaNote)).containsExactly("edit operator pending→pending", "approve operator pending→approved",
                "reopen operator approved→pending undo", "edit operator pending→pending undo");

        model.undo();
        assertThat(model.status().text()).isEqualTo("Nothing to undo: no decisions yet in this session");
    }

    @Test
    void bulkApproveAsksThenApprovesTheSelectionAndUndoesAsOne() {
        model.mark(List.of(item(data.graceMessage), item(data.bobDm)));
        assertThat(model.bulkQuestion()).contains("Approve 2 messages (1 LinkedIn, 1 DM)?");

        model.approveMarked();

        assertThat(data.row(data.graceMessage)).containsEntry("status", "approved");
        assertThat(data.row(data.bobDm)).containsEntry("status", "approved");
        assertThat(data.row(data.adaNote)).containsEntry("status", "pending");
        assertThat(data.audit(data.graceMessage)).containsExactly("approve operator pending→approved");
        assertThat(data.audit(data.bobDm)).containsExactly("approve operator pending→approved");
        assertThat(model.status().text()).isEqualTo("Approved 2 messages: 1 LinkedIn, 1 DM");

        model.undo();
        assertThat(data.row(data.graceMessage)).containsEntry("status", "pending");
        assertThat(data.row(data.bobDm)).containsEntry("status", "pending");
        assertThat(model.status().text()).isEqualTo("Undone: approval of 2 messages — back in the queue");
    }

    @Test
    void bulkApproveWithNothingSelectedSaysHowToSelect() {
        model.mark(List.of());
        assertThat(model.bulkQuestion()).isEmpty();
        assertThat(model.status().text()).startsWith("Select the messages to approve first");
    }

    @Test
    void redraftWithoutAKeySaysSoAndCallsNothing() {
        model.startEdit();
        model.redraft();
        assertThat(model.status().text()).isEqualTo("Add an Anthropic API key in Settings to redraft with AI");
        assertThat(model.status().isProblem()).isTrue();
        assertThat(model.editor().proposalProperty().get()).isEmpty();
    }

    @Test
    void redraftWithAKeyProposesClaudesVersionAsADiff() throws IOException {
        try (MockWebServer anthropic = new MockWebServer()) {
            anthropic.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                    {"content":[{"type":"text","text":"Hi Ada, loved your invoice automation post. Connect?"}],
                     "usage":{"input_tokens":900,"output_tokens":40},"model":"claude-haiku-4-5"}"""));
            anthropic.start();
            OutreachQueueViewModel keyed = new OutreachQueueViewModel(QueueTestData.context(db, home,
                    Map.of("REVOPS_ANTHROPIC_API_KEY", "test-key", "REVOPS_ANTHROPIC_API_BASE", anthropic.url("/").toString())));
            keyed.refresh();
            assertThat(keyed.redraftAvailableProperty().get()).isTrue();

            keyed.redraft();

            MessageEditor editor = keyed.editor();
            assertThat(editor.isOpen()).isTrue();
            assertThat(editor.proposalProperty().get()).isEqualTo("Hi Ada, loved your invoice automation post. Connect?");
            // by hand: 900 × $1/M + 40 × $5/M = 0.0009 + 0.0002
            assertThat(editor.proposalNoteProperty().get()).isEqualTo("Claude (haiku) · $0.0011 · 52 characters");
            assertThat(editor.proposalDiff()).containsExactly(
                    new WordDiff.Piece(WordDiff.Kind.SAME, "Hi Ada, loved your"),
                    new WordDiff.Piece(WordDiff.Kind.REMOVED, " post on"),
                    new WordDiff.Piece(WordDiff.Kind.SAME, " invoice"),
                    new WordDiff.Piece(WordDiff.Kind.REMOVED, " automation. Open to connecting?"),
                    new WordDiff.Piece(WordDiff.Kind.ADDED, " automation post. Connect?"));
            assertThat(data.fx.count("SELECT count(*) FROM actp_credit_usage WHERE task_type = 'draft_generation'")).isEqualTo(1);

            editor.acceptProposal();
            assertThat(editor.textProperty().get()).isEqualTo("Hi Ada, loved your invoice automation post. Connect?");
            assertThat(editor.proposalProperty().get()).isEmpty();
            assertThat(data.audit(data.adaNote)).isEmpty(); // nothing is saved until the operator saves
        }
    }

    private void select(java.util.UUID id) {
        model.select(item(id));
    }

    private PendingItem item(java.util.UUID id) {
        return model.lines().stream().filter(QueueLine.Entry.class::isInstance).map(l -> ((QueueLine.Entry) l).pending())
                .filter(p -> p.item().id().equals(id)).findFirst().orElseThrow();
    }
}
