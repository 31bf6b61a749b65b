package com.revops.integrations.approvals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.revops.domain.approvals.CallbackData;
import com.revops.domain.common.InvalidInputException;
import com.revops.domain.outreach.AuditEntry;
import com.revops.domain.outreach.DailyProgress;
import com.revops.domain.outreach.ItemFingerprint;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.domain.outreach.OutreachItem;
import com.revops.domain.outreach.OutreachStatus;
import com.revops.domain.outreach.ReviewAction;
import com.revops.domain.outreach.UndoRules;

/**
 * "Approve all N shown" of a digest: asks for a confirmation first, then approves in one transaction
 * the items still pending and as shown, up to today's targets — the others are named, not approved —
 * and offers Undo for five minutes.
 */
final class DigestButtons {
    private final ChatDesk desk;

    DigestButtons(ChatDesk desk) {
        this.desk = desk;
    }

    ChatReply ask(CallbackData data, Instant now) {
        DigestBatches.Batch batch = batch(data);
        if (batch.decidedAt().isPresent()) {
            return ChatReply.refused("these were approved from this digest at " + desk.time(batch.decidedAt().get(), now));
        }
        Selection s = select(batch, now);
        if (s.approvable().isEmpty()) {
            return ChatReply.refused("nothing shown here can be approved now: " + String.join("; ", s.skipped()));
        }
        return ChatReply.done("asked to approve " + s.approvable().size() + " of digest " + batch.id(),
                        "Approve " + s.approvable().size() + " of the " + batch.shown().size() + " shown? Confirm below.")
                .keyboard(desk.buttons.confirmAll(batch.id(), batch.version(), s.approvable().size(), expiry(batch)));
    }

    ChatReply confirm(Approver who, CallbackData data, Instant now) {
        DigestBatches.Batch batch = batch(data);
        if (batch.decidedAt().isPresent()) {
            return ChatReply.refused("these were approved from this digest at " + desk.time(batch.decidedAt().get(), now));
        }
        Selection s = select(batch, now);
        if (s.approvable().isEmpty()) {
            return ChatReply.refused("nothing shown here can be approved now: " + String.join("; ", s.skipped()));
        }
        desk.queue.bulkApprove(s.approvable(), who.actor(), now);
        desk.digests.decided(batch.id(), Optional.of(now));
        String skipped = s.skipped().isEmpty() ? "" : " — not approved: " + String.join("; ", s.skipped());
        return ChatReply.done("approved " + s.approvable().size() + " of digest " + batch.id(), "✅ Approved " + s.approvable().size())
                .line("✅ Approved " + s.approvable().size() + " of " + batch.shown().size() + " shown " + desk.time(now, now) + who.by()
                        + skipped)
                .keyboard(desk.buttons.undoAll(batch.id(), batch.version(), now));
    }

    ChatReply cancel(CallbackData data, Instant now) {
        DigestBatches.Batch batch = batch(data);
        return ChatReply.done("kept digest " + batch.id() + " as it was", "Nothing approved")
                .keyboard(desk.buttons.approveAll(batch.id(), batch.version(), batch.shown().size(), expiry(batch)));
    }

    /** Takes back the approvals this digest's "approve all" made, where each is still the item's last decision. */
    ChatReply undo(Approver who, CallbackData data, Instant now) {
        DigestBatches.Batch batch = batch(data);
        Instant decided = batch.decidedAt().orElseThrow(() -> new InvalidInputException("digest", "nothing was approved from it"));
        int undone = 0;
        List<String> kept = new ArrayList<>();
        for (UUID id : batch.shown().keySet()) {
            Optional<AuditEntry> approval = lastDecision(id)
                    .filter(e -> e.action() == ReviewAction.APPROVE && e.at().equals(decided) && e.actor().equals(who.actor()));
            if (approval.isEmpty()) {
                continue;
            }
            try {
                desk.queue.undo(id, approval.get().id(), who.actor(), now);
                undone++;
            } catch (InvalidInputException e) {
                kept.add(e.problem());
            }
        }
        desk.digests.decided(batch.id(), Optional.empty());
        return ChatReply.done("undid " + undone + " approvals of digest " + batch.id(), "↩ Undone " + undone)
                .line("↩ Undone " + undone + " approvals " + desk.time(now, now) + who.by() + " — waiting again"
                        + (kept.isEmpty() ? "" : "; kept: " + String.join("; ", kept)))
                .keyboard(desk.buttons.approveAll(batch.id(), batch.version(), batch.shown().size(), expiry(batch)));
    }

    private Optional<AuditEntry> lastDecision(UUID id) {
        try {
            return Optional.of(UndoRules.entryToUndo(id, desk.queue.history(id)));
        } catch (InvalidInputException e) {
            return Optional.empty(); // nothing to undo, or the worker reported it sent
        }
    }

    /** Which shown items can be approved now: pending, unchanged, within today's targets; the rest and why not. */
    private Selection select(DigestBatches.Batch batch, Instant now) {
        DailyProgress progress = desk.queue.todayProgress(now, desk.zone);
        Map<OutreachChannel, Long> room = new EnumMap<>(OutreachChannel.class);
        progress.channels().forEach(p -> room.put(p.channel(), p.toApprove()));
        Map<UUID, ItemFingerprint> approvable = new LinkedHashMap<>();
        int decided = 0;
        int changed = 0;
        int gone = 0;
        Map<OutreachChannel, Integer> overTarget = new EnumMap<>(OutreachChannel.class);
        for (Map.Entry<UUID, ItemFingerprint> e : batch.shown().entrySet()) {
            Optional<OutreachItem> item = desk.queue.find(e.getKey());
            if (item.isEmpty()) {
                gone++;
            } else if (item.get().status() != OutreachStatus.PENDING) {
                decided++;
            } else if (!e.getValue().matches(item.get())) {
                changed++;
            } else if (room.getOrDefault(item.get().channel(), 0L) <= 0) {
                overTarget.merge(item.get().channel(), 1, Integer::sum);
            } else {
                room.merge(item.get().channel(), -1L, Long::sum);
                approvable.put(e.getKey(), e.getValue());
            }
        }
        List<String> skipped = new ArrayList<>();
        if (decided > 0) {
            skipped.add(decided + " decided already");
        }
        if (changed > 0) {
            skipped.add(changed + " changed since shown");
        }
        if (gone > 0) {
            skipped.add(gone + " no longer in the queue");
        }
        overTarget.forEach((channel, n) -> skipped.add(n + " " + channel.label() + " over today's target of " + channel.dailyTarget()));
        return new Selection(approvable, skipped);
    }

    private DigestBatches.Batch batch(CallbackData data) {
        long id = data.subjectNumber().orElseThrow(() -> new InvalidInputException("button", "not a button of this app"));
        DigestBatches.Batch batch = desk.digests.find(id).orElseThrow(() -> new InvalidInputException("digest", "no such digest"));
        if (!batch.version().value().equals(data.version())) {
            throw new InvalidInputException("digest", "this button does not belong to this digest");
        }
        return batch;
    }

    private static Instant expiry(DigestBatches.Batch batch) {
        return batch.createdAt().plus(Buttons.LIFETIME);
    }

    private record Selection(Map<UUID, ItemFingerprint> approvable, List<String> skipped) {
    }
}
