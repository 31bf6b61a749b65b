package com.revops.integrations.outreach;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.revops.domain.common.Stage;
import com.revops.integrations.contacts.Interaction;

/** What the operator sees of the recipient beside an outreach item: who, where in the pipeline, the last 3 interactions (newest first). */
public record ContactCard(UUID id, Optional<String> name, Optional<String> handle, Optional<String> platform, Stage stage,
                          Optional<BigDecimal> score, Optional<String> niche, Optional<String> offer, List<Interaction> lastInteractions) {
}
