package com.revops.domain.outreach;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the approval audit log: who did what to an item, when, and the item's status and
 * text to send before and after. {@code undoes} is the id of the entry an undo reverted.
 */
public record AuditEntry(long id, UUID item, ReviewAction action, String actor, Optional<OutreachStatus> before,
                         Optional<OutreachStatus> after, Optional<String> beforeMessage, Optional<String> afterMessage,
                         Optional<String> reason, Instant at, Optional<Long> undoes) {

    public boolean isUndo() {
        return undoes.isPresent();
    }
}
