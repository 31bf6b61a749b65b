package com.revops.domain.credits;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The cache-first rule (PRD-019 §4.2): before a research job, a topic whose newest market item was
 * updated less than 24 hours ago is fresh — use the cache, skip the scrape. Exactly 24 hours is stale.
 */
public final class ResearchCache {
    public static final Duration FRESH_FOR = Duration.ofHours(24);

    private ResearchCache() {
    }

    /** The verdict for a topic whose newest item was updated at {@code updatedAt} (empty: the topic has no items). */
    public static Freshness check(String topic, Optional<Instant> updatedAt, Instant asOf) {
        if (updatedAt.isEmpty()) {
            return new Freshness(false, Optional.empty(), "no items for topic '" + topic + "'");
        }
        Duration age = Duration.between(updatedAt.get(), asOf);
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        boolean fresh = age.compareTo(FRESH_FOR) < 0;
        String note = (fresh ? "fresh" : "stale") + ": '" + topic + "' updated " + describe(age) + " ago"
                + (fresh ? " (under 24 h): use the cache" : " (24 h or more): refresh it");
        return new Freshness(fresh, Optional.of(age), note);
    }

    /** "23 h 59 min", "3 d 2 h". */
    static String describe(Duration age) {
        long minutes = age.toMinutes();
        if (minutes >= 72 * 60) {
            return age.toDays() + " d " + age.toHoursPart() + " h";
        }
        return minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** Fresh or not, the age of the newest item, and a one-line note for the operator. */
    public record Freshness(boolean fresh, Optional<Duration> age, String note) {
    }
}
