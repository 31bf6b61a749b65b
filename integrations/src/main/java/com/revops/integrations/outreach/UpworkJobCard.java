package com.revops.integrations.outreach;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/** The Upwork job an outreach proposal answers ({@code actp_upwork_jobs}). */
public record UpworkJobCard(UUID id, Optional<String> jobId, Optional<String> title, Optional<BigDecimal> budgetUsd,
                            Optional<String> url, Optional<String> clientName) {
}
