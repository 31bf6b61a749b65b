package com.revops.app;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

import com.revops.integrations.db.DatabaseException;

/**
 * The operator's time zone, resolved once: REVOPS_TZ when set, else the stored setting (read when first
 * asked for), else the system's. Never null: while the database does not answer it is the system's, and
 * the setting is read once it does (docs/decisions/0015-time-zone-setting.md).
 */
final class OperatorZone {
    private final Optional<ZoneId> explicit;
    private final Supplier<Optional<ZoneId>> stored;
    private Optional<ZoneId> settled;

    OperatorZone(Optional<ZoneId> explicit, Supplier<Optional<ZoneId>> stored) {
        this.explicit = explicit;
        this.stored = stored;
        this.settled = explicit;
    }

    synchronized ZoneId get() {
        if (settled.isEmpty()) {
            try {
                settled = Optional.of(stored.get().orElse(ZoneId.systemDefault()));
            } catch (DatabaseException e) {
                return ZoneId.systemDefault(); // the setting is read once the database answers
            }
        }
        return settled.get();
    }

    /** Where the zone comes from now, for Settings: "REVOPS_TZ", "setting" or "system". */
    String source() {
        if (explicit.isPresent()) {
            return "REVOPS_TZ";
        }
        try {
            return stored.get().isPresent() ? "setting" : "system";
        } catch (DatabaseException e) {
            return "system";
        }
    }
}
