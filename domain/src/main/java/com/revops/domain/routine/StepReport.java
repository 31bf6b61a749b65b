package com.revops.domain.routine;

import java.time.Instant;
import java.util.Optional;

/** One report of the worker: a step started, ended ok, or failed (with what went wrong). */
public record StepReport(RoutineStep step, String status, Optional<String> error, Instant at) {
    public static final java.util.List<String> STATUSES = java.util.List.of("started", "ok", "failed");
}
