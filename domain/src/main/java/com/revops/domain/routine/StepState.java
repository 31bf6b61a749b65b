package com.revops.domain.routine;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a step stands today: its planned window, what the worker last said, and the state read from
 * both — {@code ok}, {@code failed}, {@code running}, {@code pending} (its window is not over),
 * {@code missing} (its window is over without a report) or {@code skipped} (a generation step on a
 * day the heartbeat failed).
 */
public record StepState(RoutineStep step, Instant plannedStart, Instant plannedEnd, String state, Optional<Instant> lastReportAt,
                        Optional<Instant> startedAt, int failures, Optional<String> error) {
}
