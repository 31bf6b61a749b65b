package com.revops.integrations.approvals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.outreach.AuditEntry;
import com.revops.domain.outreach.ChannelProgress;
import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.outreach.OutreachQueue;

/**
 * What the chat's handlers decide with: the one approval queue of the console and the CLI, the
 * chat's own records, its buttons and the operator's zone.
 */
final class ChatDesk {
    final OutreachQueue queue;
    final EditRequests edits;
    final DigestBatches digests;
    final Buttons buttons;
    final ZoneId zone;

    ChatDesk(Jdbi jdbi, Buttons buttons, ZoneId zone) {
        this.queue = new OutreachQueue(jdbi);
        this.edits = new EditRequests(jdbi);
        this.digests = new DigestBatches(jdbi);
        this.buttons = buttons;
        this.zone = zone;
    }

    /** Why {@code item} cannot be approved now under today's target of its channel; empty when it can. */
    Optional<String> overTarget(OutreachItem item, Instant now) {
        ChannelProgress p = queue.todayProgress(now, zone).of(item.channel());
        if (p.toApprove() > 0) {
            return Optional.empty();
        }
        return Optional.of("today's target of " + p.target() + " " + item.channel().label() + " is reached (" + p.sent() + " sent, "
                + p.waiting() + " approved and waiting) — approve more from the console if you mean to");
    }

    /** The audit entry an undo of the item's last decision would revert (its newest row). */
    long lastEntry(UUID item) {
        return queue.history(item).stream().mapToLong(AuditEntry::id).max().orElseThrow();
    }

    String time(Instant at, Instant now) {
        return Wording.time(at, now, zone);
    }
}
