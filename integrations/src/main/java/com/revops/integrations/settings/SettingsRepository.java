package com.revops.integrations.settings;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The app's own settings in {@code revops_settings} (key → text), shared by every copy of the app on
 * the database. Today: {@code time_zone}, used when {@code REVOPS_TZ} is not set, from the next start.
 */
public final class SettingsRepository {
    public static final String TIME_ZONE = "time_zone";

    private final Jdbi jdbi;

    public SettingsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<String> get(String key) {
        return DatabaseErrors.inTransaction(jdbi, "Reading settings", h -> h.createQuery("SELECT value FROM revops_settings WHERE key = :k")
                .bind("k", key).mapTo(String.class).findOne());
    }

    /** The stored time zone, when one is stored and still valid. */
    public Optional<ZoneId> timeZone() {
        return get(TIME_ZONE).flatMap(SettingsRepository::zone);
    }

    /** Stores the time zone (validated by {@link ZoneId#of}); blank removes it, so the system's zone applies. */
    public Optional<ZoneId> saveTimeZone(String text, Instant at) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            DatabaseErrors.inTransaction(jdbi, "Saving the time zone", h -> h.createUpdate("DELETE FROM revops_settings WHERE key = :k")
                    .bind("k", TIME_ZONE).execute());
            return Optional.empty();
        }
        ZoneId zone = zone(trimmed).orElseThrow(() -> new InvalidInputException("time zone",
                "'" + trimmed + "' is not a time zone (use a region such as Europe/Berlin or America/New_York)"));
        DatabaseErrors.inTransaction(jdbi, "Saving the time zone", h -> h.createUpdate("""
                        INSERT INTO revops_settings (key, value, updated_at) VALUES (:k, :v, :at)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""")
                .bind("k", TIME_ZONE).bind("v", zone.getId()).bind("at", SqlTime.bind(at)).execute());
        return Optional.of(zone);
    }

    private static Optional<ZoneId> zone(String text) {
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
