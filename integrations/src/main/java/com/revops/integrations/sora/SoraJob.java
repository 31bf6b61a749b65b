package com.revops.integrations.sora;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One row of {@code actp_sora_jobs} (PRD-019 §4.1) as the Sora panel shows it. */
public record SoraJob(UUID id, String prompt, Optional<String> style, Optional<Integer> durationSeconds, String status,
                      Optional<BigDecimal> costUsd, Instant createdAt, Optional<Instant> startedAt, Optional<Instant> finishedAt,
                      Optional<String> error) {

    /** A job the worker has not finished: queued or generating (anything but completed, failed, canceled). */
    public boolean unfinished() {
        return !SoraJobs.FINISHED.contains(status);
    }

    /** How long an unfinished job has run (since it started, else since it was created); empty when finished. */
    public Optional<Duration> running(Instant now) {
        return unfinished() ? Optional.of(Duration.between(startedAt.orElse(createdAt), now)) : Optional.empty();
    }

    public String shortId() {
        return id.toString().substring(0, 8);
    }
}
