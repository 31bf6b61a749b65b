package com.revops.integrations.contacts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.revops.domain.common.Stage;

/** A contact as a search result lists it. */
public record ContactSummary(UUID id, Optional<String> externalId, Optional<String> name, Optional<String> platform,
                             Optional<String> handle, Optional<String> email, Optional<String> niche, Optional<String> offer,
                             Optional<BigDecimal> score, Stage stage, List<String> tags, Optional<Instant> lastInteractionAt) {
}
