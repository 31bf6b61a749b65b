package com.revops.integrations.analytics;

import java.util.Optional;
import java.util.function.Function;

/**
 * A source as configured: its client when every setting it needs is there, otherwise what the
 * operator has to set — so a pull can skip it with a note instead of failing.
 */
public record Configured<T>(Optional<T> client, String missing) {

    public static <T> Configured<T> of(T client) {
        return new Configured<>(Optional.of(client), "");
    }

    /** {@code missing}: e.g. "REVOPS_POSTHOG_API_KEY and REVOPS_POSTHOG_PROJECT_ID". */
    public static <T> Configured<T> missing(String missing) {
        return new Configured<>(Optional.empty(), missing);
    }

    public boolean isConfigured() {
        return client.isPresent();
    }

    /** Why the source is skipped, in words the operator can act on. */
    public String skipReason() {
        return "not configured: set " + missing + " (environment or Settings)";
    }

    <R> Configured<R> map(Function<T, R> build) {
        return client.<Configured<R>>map(c -> Configured.of(build.apply(c))).orElseGet(() -> Configured.missing(missing));
    }
}
