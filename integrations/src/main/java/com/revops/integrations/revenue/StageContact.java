package com.revops.integrations.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.revops.domain.common.Stage;

/** An open contact as the Pipeline screen lists a stage: who, where from, its deal value and how long it has waited. */
public record StageContact(UUID id, String name, Optional<String> handle, Optional<String> platform, Optional<String> niche,
                           Optional<String> offer, BigDecimal dealValue, Stage stage, long daysInStage,
                           Optional<Instant> lastInteractionAt) {
}
