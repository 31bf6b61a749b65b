package com.revops.scheduler.context;

import java.time.Instant;

/** The daily funnel snapshot and pull of the configured analytics sources (PostHog, RevenueCat, Superwall). */
@FunctionalInterface
public interface SourceSync {
    SourceSync NONE = asOf -> "no analytics sources wired";

    /** Runs the pull and the snapshot for the day before {@code asOf}; returns a one-line summary. */
    String run(Instant asOf);
}
