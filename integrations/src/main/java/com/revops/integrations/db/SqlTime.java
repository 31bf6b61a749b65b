package com.revops.integrations.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Binds and reads instants as {@code timestamptz}, never through the JVM's default zone. */
public final class SqlTime {
    private SqlTime() {
    }

    public static OffsetDateTime bind(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public static Optional<Instant> read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }
}
