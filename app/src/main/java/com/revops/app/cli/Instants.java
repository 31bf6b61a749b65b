package com.revops.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import com.revops.domain.common.AcceptedMoments;
import com.revops.domain.common.InvalidInputException;

/**
 * Parses {@code --as-of}: an ISO-8601 instant, date-time with offset, local date-time or date (in the
 * operator's zone), in the years 1970–9999 ({@link AcceptedMoments}).
 */
public final class Instants {
    private Instants() {
    }

    public static Instant parse(String option, String text, ZoneId zone) {
        Instant parsed = parseAny(option, text, zone);
        if (!AcceptedMoments.accepts(parsed)) {
            throw new InvalidInputException(option, "'" + text.trim() + "' " + AcceptedMoments.outside());
        }
        return parsed;
    }

    private static Instant parseAny(String option, String text, ZoneId zone) {
        String value = text.trim();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException ignored) {
            // other forms below
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // other forms below
        }
        try {
            return ZonedDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // other forms below
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // other forms below
        }
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(option, "'" + text + "' is not an ISO-8601 instant (e.g. 2026-03-02T07:30:00Z or 2026-03-02)");
        }
    }
}
