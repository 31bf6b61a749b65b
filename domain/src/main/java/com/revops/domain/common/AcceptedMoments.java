package com.revops.domain.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The moments the app accepts as input (an {@code --as-of}, a date or timestamp in a CSV file): the
 * years 1970 to 9999 (UTC). Outside them a value is a typo, and the database and the date arithmetic
 * of the computations would fail on it with messages about something else.
 */
public final class AcceptedMoments {
    public static final int FIRST_YEAR = 1970;
    public static final int LAST_YEAR = 9999;
    private static final Instant FROM = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant UNTIL = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private AcceptedMoments() {
    }

    public static boolean accepts(Instant moment) {
        return !moment.isBefore(FROM) && moment.isBefore(UNTIL);
    }

    public static boolean accepts(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    /** "is outside the years 1970–9999", for a message naming the field. */
    public static String outside() {
        return "is outside the years " + FIRST_YEAR + "–" + LAST_YEAR;
    }
}
