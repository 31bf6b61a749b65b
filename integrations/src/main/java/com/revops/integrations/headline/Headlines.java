package com.revops.integrations.headline;

import java.time.Instant;
import java.time.ZoneId;

import com.revops.integrations.db.Database;

/**
 * The one read service for the headline (docs/decisions/0057-one-read-per-headline.md): the dashboard,
 * {@code --status} and the daily brief read it here, each in one read-only transaction.
 */
public final class Headlines {
    private final Database database;
    private final ZoneId zone;

    public Headlines(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    /** The whole headline at {@code asOf}, read in one read-only transaction. */
    public Headline at(Instant asOf) {
        try (HeadlineReading reading = reading(asOf)) {
            return reading.all();
        }
    }

    /**
     * The headline read part by part, each part as soon as it is wanted (the dashboard shows each as it
     * arrives), all in one read-only transaction that {@link HeadlineReading#close()} ends.
     */
    public HeadlineReading reading(Instant asOf) {
        return new HeadlineReading(database, zone, asOf);
    }
}
