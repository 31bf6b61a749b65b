package com.revops.integrations.contacts;

import java.time.Instant;
import java.util.UUID;

import com.revops.domain.common.Stage;

/** One row of {@code actp_stage_transitions}: the contact moved from one stage to another. */
public record StageChange(UUID id, UUID contactId, Stage from, Stage to, Instant at) {
}
