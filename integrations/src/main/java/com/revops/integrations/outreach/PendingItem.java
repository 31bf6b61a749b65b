package com.revops.integrations.outreach;

import java.util.Optional;

import com.revops.domain.outreach.OutreachItem;

/** An item waiting for review, with its recipient's card (DMs, LinkedIn) or its job (Upwork proposals). */
public record PendingItem(OutreachItem item, Optional<ContactCard> contact, Optional<UpworkJobCard> job) {
}
