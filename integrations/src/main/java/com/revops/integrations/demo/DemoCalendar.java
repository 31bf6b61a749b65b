package com.revops.integrations.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Demo time. Every timestamp is an offset from the anchor, the start of "today" in the operator's
 * zone, so the same day gives the same data and every day gives the same shape relative to today.
 * The simulated past ends at the anchor; the few things that happened "today" are spread over the
 * part of today that has passed, at most its first ten hours, so nothing lies after the clock's instant.
 */
final class DemoCalendar {
    private static final Duration LONGEST_TODAY = Duration.ofHours(10);

    private final ZoneId zone;
    private final ZonedDateTime anchor;
    private final Instant now;
    private final Duration todaySpan;

    DemoCalendar(Clock clock, ZoneId zone) {
        this.zone = zone;
        this.now = clock.instant();
        this.anchor = now.atZone(zone).toLocalDate().atStartOfDay(zone);
        Duration elapsed = Duration.between(anchor.toInstant(), now);
        this.todaySpan = elapsed.compareTo(LONGEST_TODAY) > 0 ? LONGEST_TODAY : elapsed;
    }

    /** Start of today in the operator's zone. */
    Instant anchor() {
        return anchor.toInstant();
    }

    /** The clock's instant; nothing in the demo lies after it. */
    Instant now() {
        return now;
    }

    ZoneId zone() {
        return zone;
    }

    /** The instant {@code days} (fractional) before the anchor. */
    Instant daysBefore(double days) {
        return anchor().minusMillis(Math.round(days * 86_400_000d));
    }

    /** A point of today: {@code fraction} 0..1 of the part of today that has passed (capped at ten hours). */
    Instant today(double fraction) {
        return anchor().plusMillis(Math.round(todaySpan.toMillis() * clamp(fraction)));
    }

    /** A point of the local day {@code daysAgo} days before today, {@code fraction} 0..1 through that day. */
    Instant onDay(int daysAgo, double fraction) {
        if (daysAgo <= 0) {
            return today(fraction);
        }
        ZonedDateTime start = anchor.minusDays(daysAgo);
        long length = Duration.between(start, anchor.minusDays(daysAgo - 1L)).toMillis();
        return start.toInstant().plusMillis(Math.round(length * clamp(fraction)));
    }

    /** Start of the local day {@code daysAgo} days before today. */
    Instant dayStart(int daysAgo) {
        return anchor.minusDays(daysAgo).toInstant();
    }

    /** The local date {@code daysAgo} days before today. */
    LocalDate date(int daysAgo) {
        return anchor.toLocalDate().minusDays(daysAgo);
    }

    /** {@code start} plus {@code hours}, but never past {@code fraction} of the way to the anchor (replies to yesterday's mail). */
    Instant laterBeforeAnchor(Instant start, double hours, double fraction) {
        long wanted = Math.round(hours * 3_600_000d);
        long room = Math.round(Duration.between(start, anchor()).toMillis() * fraction);
        return start.plusMillis(Math.max(0, Math.min(wanted, room)));
    }

    private static double clamp(double fraction) {
        return Math.max(0d, Math.min(1d, fraction));
    }
}
