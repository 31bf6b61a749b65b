package com.revops.integrations.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.common.InvalidInputException;

/**
 * The process environment as the app reads it (SPEC §3, §7). Injected as a map so tests can
 * supply their own; {@link #system()} reads the real one.
 */
public final class RevopsEnvironment {
    private final Map<String, String> env;
    private final String osName;
    private final Path userHome;

    public RevopsEnvironment(Map<String, String> env, String osName, Path userHome) {
        this.env = Map.copyOf(env);
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
    }

    public static RevopsEnvironment system() {
        return new RevopsEnvironment(System.getenv(), System.getProperty("os.name", "linux"),
                Path.of(System.getProperty("user.home")));
    }

    public Optional<String> get(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public boolean isMac() {
        return osName.contains("mac");
    }

    /**
     * Where the app keeps its data: {@code REVOPS_HOME}, else the platform's application-data
     * folder — {@code ~/Library/Application Support/RevOps} on macOS,
     * {@code $XDG_DATA_HOME/revops} or {@code ~/.local/share/revops} elsewhere.
     */
    public Path home() {
        Optional<String> explicit = get("REVOPS_HOME");
        if (explicit.isPresent()) {
            return Path.of(explicit.get()).toAbsolutePath();
        }
        if (isMac()) {
            return userHome.resolve("Library").resolve("Application Support").resolve("RevOps");
        }
        return get("XDG_DATA_HOME").map(Path::of).orElse(userHome.resolve(".local").resolve("share")).resolve("revops");
    }

    /** Log folder: {@code ~/Library/Logs/RevOps} on macOS, else {@code <home>/logs}. */
    public Path logDirectory() {
        if (isMac() && get("REVOPS_HOME").isEmpty()) {
            return userHome.resolve("Library").resolve("Logs").resolve("RevOps");
        }
        return home().resolve("logs");
    }

    /** The operator's time zone: {@code REVOPS_TZ}, else the system's. */
    public ZoneId zone() {
        Optional<String> tz = get("REVOPS_TZ");
        if (tz.isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(tz.get());
        } catch (DateTimeException e) {
            throw new InvalidInputException("REVOPS_TZ", "'" + tz.get() + "' is not a time zone (e.g. Europe/Berlin, America/New_York)");
        }
    }

    public DatabaseSettings databaseSettings() {
        int port = get("REVOPS_EMBEDDED_PORT").map(p -> {
            try {
                return Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("REVOPS_EMBEDDED_PORT", "'" + p + "' is not a port number");
            }
        }).orElse(DatabaseSettings.DEFAULT_EMBEDDED_PORT);
        get("REVOPS_DB_URL").ifPresent(url -> JdbcUrls.check("REVOPS_DB_URL", url));
        return new DatabaseSettings(get("REVOPS_DB_URL"), get("REVOPS_DB_USER"), get("REVOPS_DB_PASSWORD"),
                home().resolve("postgres"), port);
    }
}
