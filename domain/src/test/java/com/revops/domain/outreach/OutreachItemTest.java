package com.revops.domain.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;

/** The queue's states, moves, limits, undo stack and daily progress, without a database. */
class OutreachItemTest {
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");
    private static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");

    private static OutreachItem item(OutreachChannel channel, String action, String message) {
        return new OutreachItem(ID, channel, action, Optional.of("instagram"), message, true, Optional.empty(), T0,
                Optional.empty(), Optional.empty(), ApprovalState.drafted());
    }

    @Test
    void approveFreezesTheTextAndRecordsWhoAndWhen() {
        OutreachItem approved = item(OutreachChannel.DM, "dm_send", "Hi!").approve("operator", T0);
        assertThat(approved.status()).isEqualTo(OutreachStatus.APPROVED);
        assertThat(approved.state().approvedMessage()).contains("Hi!");
        assertThat(approved.state().approvedAt()).contains(T0);
        assertThat(approved.state().approvedBy()).contains("operator");
        assertThat(approved.isEdited()).isFalse();
    }

    @Test
    void editKeepsTheDraftAndChangesOnlyTheTextToSend() {
        OutreachItem edited = item(OutreachChannel.DM, "dm_send", "Hi!").edit("  Hello there  ");
        assertThat(edited.message()).isEqualTo("Hi!");
        assertThat(edited.textToSend()).isEqualTo("Hello there");
        assertThat(edited.isEdited()).isTrue();
        assertThat(edited.edit("Hi!").state().approvedMessage()).isEmpty();
    }

    @Test
    void onlyAnApprovedItemCanBeMarkedSentOrFailed() {
        OutreachItem pending = item(OutreachChannel.DM, "dm_send", "Hi!");
        assertThatThrownBy(() -> pending.markSent(T0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("ID: item " + ID + " was never approved (it is pending); it cannot be marked sent");
        OutreachItem sent = pending.approve("operator", T0).markSent(T0.plusSeconds(60));
        assertThat(sent.state().sentAt()).contains(T0.plusSeconds(60));
        assertThatThrownBy(() -> sent.markFailed("boom")).hasMessageContaining("is already marked sent");
        assertThatThrownBy(sent::reopen).hasMessageContaining("was already sent");
        assertThat(pending.approve("operator", T0).markFailed(" timeout ").state().error()).contains("timeout");
    }

    @Test
    void anItemThatNeedsNoApprovalMayBeReportedStraightFromPending() {
        OutreachItem auto = new OutreachItem(ID, OutreachChannel.DM, "dm_send", Optional.empty(), "Hi", false, Optional.empty(), T0,
                Optional.empty(), Optional.empty(), ApprovalState.drafted());
        assertThat(auto.markSent(T0).status()).isEqualTo(OutreachStatus.SENT);
    }

    @Test
    void theOperatorsMovesStartFromPendingOnly() {
        OutreachItem rejected = item(OutreachChannel.DM, "dm_send", "Hi!").reject(Optional.of("  too pushy "));
        assertThat(rejected.state().rejectedReason()).contains("too pushy");
        assertThatThrownBy(() -> rejected.approve("operator", T0)).hasMessageContaining("was rejected; re-open it");
        assertThatThrownBy(() -> rejected.edit("x")).hasMessageContaining("was rejected");
        OutreachItem reopened = rejected.reopen();
        assertThat(reopened.status()).isEqualTo(OutreachStatus.PENDING);
        assertThat(reopened.state().rejectedReason()).isEmpty();
        assertThatThrownBy(reopened::reopen).hasMessageContaining("is already pending");
        OutreachItem approved = reopened.approve("operator", T0);
        assertThatThrownBy(() -> approved.approve("operator", T0)).hasMessageContaining("is already approved");
        assertThat(approved.reopen().state().approvedAt()).isEmpty();
    }

    @Test
    void channelLimitsLiveInOnePlaceAndRefuseTooLongOrEmptyText() {
        assertThat(MessageLimit.of(OutreachChannel.LINKEDIN, "linkedin_connect").maxChars()).isEqualTo(300);
        assertThat(MessageLimit.of(OutreachChannel.LINKEDIN, "linkedin_message").maxChars()).isEqualTo(8000);
        assertThat(MessageLimit.of(OutreachChannel.DM, "dm_send").maxChars()).isEqualTo(1000);
        assertThat(MessageLimit.of(OutreachChannel.UPWORK, "upwork_proposal").maxChars()).isEqualTo(5000);
        OutreachItem note = item(OutreachChannel.LINKEDIN, "linkedin_connect", "Hi");
        assertThat(note.edit("é".repeat(300)).textToSend()).hasSize(300);
        assertThatThrownBy(() -> note.edit("x".repeat(301)))
                .hasMessage("message: is 301 characters; a LinkedIn connection note allows at most 300 — shorten it by 1");
        assertThatThrownBy(() -> note.edit("   ")).hasMessageStartingWith("message: is empty");
        assertThat(MessageLimit.length("👋 hi")).isEqualTo(4);
    }

    @Test
    void channelOfALegacyRowFollowsFromActionOrPlatform() {
        assertThat(OutreachChannel.of(null, "upwork", "propose")).isEqualTo(OutreachChannel.UPWORK);
        assertThat(OutreachChannel.of(null, "linkedin", "linkedin_message")).isEqualTo(OutreachChannel.LINKEDIN);
        assertThat(OutreachChannel.of(null, "instagram", "dm_send")).isEqualTo(OutreachChannel.DM);
        assertThat(OutreachChannel.of("dm", "linkedin", "x")).isEqualTo(OutreachChannel.DM);
    }

    private static AuditEntry entry(long id, ReviewAction action, OutreachStatus before, OutreachStatus after, Long undoes) {
        return new AuditEntry(id, ID, action, "operator", Optional.of(before), Optional.of(after), Optional.of("Hi"), Optional.of("Hi"),
                Optional.empty(), T0, Optional.ofNullable(undoes));
    }

    @Test
    void undoWalksBackThroughActionsNotYetUndone() {
        AuditEntry edit = entry(1, ReviewAction.EDIT, OutreachStatus.PENDING, OutreachStatus.PENDING, null);
        AuditEntry approve = entry(2, ReviewAction.APPROVE, OutreachStatus.PENDING, OutreachStatus.APPROVED, null);
        AuditEntry undoApprove = entry(3, ReviewAction.REOPEN, OutreachStatus.APPROVED, OutreachStatus.PENDING, 2L);
        assertThat(UndoRules.entryToUndo(ID, List.of(edit, approve))).isEqualTo(approve);
        assertThat(UndoRules.entryToUndo(ID, List.of(edit, approve, undoApprove))).isEqualTo(edit);
        AuditEntry undoEdit = entry(4, ReviewAction.EDIT, OutreachStatus.PENDING, OutreachStatus.PENDING, 1L);
        assertThatThrownBy(() -> UndoRules.entryToUndo(ID, List.of(edit, approve, undoApprove, undoEdit)))
                .hasMessage("ID: item " + ID + " has nothing to undo");
        AuditEntry sent = entry(5, ReviewAction.MARK_SENT, OutreachStatus.APPROVED, OutreachStatus.SENT, null);
        assertThatThrownBy(() -> UndoRules.entryToUndo(ID, List.of(approve, sent))).hasMessageContaining("cannot be undone");
        assertThat(UndoRules.inverse(approve)).isEqualTo(ReviewAction.REOPEN);
        assertThat(UndoRules.inverse(entry(6, ReviewAction.REOPEN, OutreachStatus.REJECTED, OutreachStatus.PENDING, null)))
                .isEqualTo(ReviewAction.REJECT);
    }

    @Test
    void progressCountsSentAgainstTargetsAndShowsWaitingApart() {
        DailyProgress progress = DailyProgress.of(java.time.LocalDate.of(2026, 3, 2),
                Map.of(OutreachChannel.LINKEDIN, 18L, OutreachChannel.UPWORK, 6L), Map.of(OutreachChannel.LINKEDIN, 2L));
        assertThat(progress.of(OutreachChannel.LINKEDIN)).isEqualTo(new ChannelProgress(OutreachChannel.LINKEDIN, 50, 18, 2));
        assertThat(progress.of(OutreachChannel.LINKEDIN).toApprove()).isEqualTo(30);
        assertThat(progress.of(OutreachChannel.LINKEDIN).percent()).isEqualTo(36);
        assertThat(progress.of(OutreachChannel.DM).toApprove()).isEqualTo(20);
        assertThat(progress.of(OutreachChannel.UPWORK).targetMet()).isTrue();
        assertThat(progress.of(OutreachChannel.UPWORK).percent()).isEqualTo(100);
        assertThat(progress.of(OutreachChannel.UPWORK).toApprove()).isZero();
        assertThat(DailyProgress.startOfDay(Instant.parse("2026-03-02T04:30:00Z"), ZoneId.of("America/New_York")))
                .isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
    }
}
