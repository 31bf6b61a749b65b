package com.revops.domain.common;

import java.time.Duration;
import java.time.Instant;

/**
 * A moment that has happened — a deal's close, a stage transition, a send — cannot lie in the
 * future (SPEC §9). Clocks drift: up to five minutes ahead of "now" still counts as now.
 */
public final class PastMoments {
    public static final Duration CLOCK_DRIFT = Duration.ofMinutes(5);

    private PastMoments() {
    }

    /** True when {@code moment} is later than {@code now} plus the allowed drift. */
    public static boolean isAhead(Instant moment, Instant now) {
        return moment.isAfter(now.plus(CLOCK_DRIFT));
    }
}
