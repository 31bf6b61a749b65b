package com.revops.integrations.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cheap question asked on every start: is the schema already at the newest migration this build
 * carries? One query on {@code revops_schema_history} (its latest successful version, and no failed
 * row) against the highest {@code V<version>__*.sql} in {@code db/migration} on the class path. Only
 * when the answer is no does Flyway load, validate and migrate
 * (docs/decisions/0065-schema-version-check-on-start.md).
 */
public final class SchemaVersion {
    static final String LOCATION = "db/migration";
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");
    /** Flyway's order of versions: numerically, part by part ("9" &lt; "10" &lt; "10.1"). */
    static final Comparator<String> ORDER = SchemaVersion::compare;

    private SchemaVersion() {
    }

    /** The newest migration's version in this build ("14" for {@code V14__….sql}). */
    public static String newestOnClasspath() {
        return newest(versionsOnClasspath()).orElseThrow(() -> new IllegalStateException("No migrations in classpath:" + LOCATION));
    }

    /**
     * True when {@code connection}'s database has applied the newest migration of this build and no
     * migration failed there. False (so Flyway runs) when the history table is missing, behind, ahead
     * or holds a failed migration.
     */
    public static boolean isCurrent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT to_regclass('revops_schema_history') IS NOT NULL")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return false;
                }
            }
            try (ResultSet rs = statement.executeQuery("""
                    SELECT (SELECT count(*) FROM revops_schema_history WHERE NOT success) AS failed,
                           (SELECT version FROM revops_schema_history WHERE success AND version IS NOT NULL
                             ORDER BY installed_rank DESC LIMIT 1) AS latest""")) {
                rs.next();
                String latest = rs.getString("latest");
                return rs.getLong("failed") == 0 && latest != null && compare(latest, newestOnClasspath()) == 0;
            }
        }
    }

    static Optional<String> newest(List<String> versions) {
        return versions.stream().max(ORDER);
    }

    /** The versions of the {@code V…__*.sql} files in {@code db/migration}, in folders and jars on the class path. */
    static List<String> versionsOnClasspath() {
        List<String> versions = new ArrayList<>();
        try {
            Enumeration<URL> locations = SchemaVersion.class.getClassLoader().getResources(LOCATION);
            while (locations.hasMoreElements()) {
                URL location = locations.nextElement();
                for (String name : fileNames(location)) {
                    Matcher m = MIGRATION.matcher(name);
                    if (m.matches()) {
                        versions.add(m.group(1).replace('_', '.'));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list classpath:" + LOCATION, e);
        }
        return versions;
    }

    private static List<String> fileNames(URL location) throws IOException {
        if ("jar".equals(location.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) location.openConnection();
            connection.setUseCaches(false);
            List<String> names = new ArrayList<>();
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.startsWith(LOCATION + "/") && entry.indexOf('/', LOCATION.length() + 1) < 0) {
                        names.add(entry.substring(LOCATION.length() + 1));
                    }
                }
            }
            return names;
        }
        if ("file".equals(location.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                return files.map(f -> f.getFileName().toString()).toList();
            } catch (URISyntaxException e) {
                throw new IOException("Bad classpath location " + location, e);
            }
        }
        return List.of();
    }

    private static int compare(String a, String b) {
        String[] left = a.split("[._]");
        String[] right = b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            BigInteger l = i < left.length ? new BigInteger(left[i]) : BigInteger.ZERO;
            BigInteger r = i < right.length ? new BigInteger(right[i]) : BigInteger.ZERO;
            int c = l.compareTo(r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
