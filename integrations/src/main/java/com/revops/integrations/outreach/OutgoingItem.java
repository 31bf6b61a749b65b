package com.revops.integrations.outreach;

import java.util.Optional;
import java.util.UUID;

import com.revops.domain.outreach.OutreachItem;

/** An item the worker may send now: approved (or queued without needing approval), not yet sent. */
public record OutgoingItem(OutreachItem item, Optional<Recipient> recipient, Optional<UpworkJobCard> job) {

    /** Who a DM or LinkedIn item goes to. */
    public record Recipient(UUID contactId, Optional<String> name, Optional<String> handle, Optional<String> platform) {
    }
}
