package com.revops.integrations.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the data lives: an external PostgreSQL when {@code url} is present (SPEC §3,
 * {@code REVOPS_DB_URL}), else the embedded server with its data under {@code embeddedDirectory}.
 */
public record DatabaseSettings(Optional<String> url, Optional<String> user, Optional<String> password,
                               Path embeddedDirectory, int embeddedPort) {
    public static final int DEFAULT_EMBEDDED_PORT = 54329;

    public boolean isExternal() {
        return url.isPresent();
    }

    public static DatabaseSettings embedded(Path directory, int port) {
        return new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), directory, port);
    }

    public static DatabaseSettings external(String url, String user, String password) {
        return new DatabaseSettings(Optional.of(url), Optional.ofNullable(user), Optional.ofNullable(password),
                Path.of("."), DEFAULT_EMBEDDED_PORT);
    }

    @Override
    public String toString() {
        // never print the password
        return isExternal() ? "external " + JdbcUrls.redact(url.get()) : "embedded " + embeddedDirectory;
    }
}
