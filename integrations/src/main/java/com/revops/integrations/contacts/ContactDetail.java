package com.revops.integrations.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the contact detail shows: the contact, its stage history (oldest first, the journey
 * through the pipeline) and its interaction timeline (newest first, at most
 * {@link ContactDirectory#TIMELINE_LIMIT} entries).
 */
public record ContactDetail(ContactSummary contact, Instant stageEnteredAt, Optional<Instant> firstContactAt, Optional<String> source,
                            Optional<String> notes, List<StageChange> stageHistory, List<Interaction> timeline) {
}
