package com.revops.integrations.contacts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One entry of a contact's timeline ({@code actp_interactions}): a DM sent, a reply, a call, a note. */
public record Interaction(UUID id, String type, Optional<String> content, Optional<String> platform, Instant at) {
}
