package com.revops.app;

import java.time.Clock;
import java.time.ZoneId;

import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;

/**
 * The wiring of one run of the app: environment, clock, time zone and the database (opened on
 * first use). The CLI and the console build the same services from it.
 */
public final class AppServices implements AutoCloseable {
    private final RevopsEnvironment environment;
    private final Clock clock;
    private final ZoneId zone;
    private final java.util.function.Supplier<Database> opener;
    private Database database;

    public AppServices(RevopsEnvironment environment, Clock clock, ZoneId zone, java.util.function.Supplier<Database> opener) {
        this.environment = environment;
        this.clock = clock;
        this.zone = zone;
        this.opener = opener;
    }

    /** Services on the configured database (embedded default, or REVOPS_DB_URL). */
    public static AppServices forEnvironment(RevopsEnvironment environment, Clock clock) {
        ZoneId zone = environment.zone();
        return new AppServices(environment, clock.withZone(zone), zone, () -> Database.open(environment.databaseSettings()));
    }

    public RevopsEnvironment environment() {
        return environment;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public synchronized Database database() {
        if (database == null) {
            database = opener.get();
        }
        return database;
    }

    public synchronized boolean isDatabaseOpen() {
        return database != null;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
