package com.revops.integrations.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import com.revops.integrations.db.Database;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for tests (never a mock): one embedded server per test JVM, one database
 * migrated once as a template, and a fresh copy of it per call of {@link #fresh()} — so each
 * test class starts from the migrated, empty schema in milliseconds.
 */
public final class TestDatabase {
    private static final String TEMPLATE = "revops_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /**
     * A new, migrated, empty database. Close it when done. Its {@link Database#jdbi()} works as the
     * app does, as {@link Database#APP_ROLE}: rows only, no DDL (see {@link #asOwner}).
     */
    public static synchronized Database fresh() {
        EmbeddedPostgres pg = server();
        String name = "revops_test_" + COUNTER.incrementAndGet();
        execute(pg, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return Database.onServer(url(pg, name), "postgres", "test database " + name);
    }

    /** Runs {@code sql} on {@code db}'s database as the owner of its schema (what the app's role may not do). */
    public static void asOwner(Database db, String sql) {
        String url = ((HikariDataSource) db.dataSource()).getJdbcUrl();
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", null); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL of database {@code name}, with no user in it (the pool's user must be the one used). */
    private static String url(EmbeddedPostgres pg, String name) {
        return "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name;
    }

    /** A new database with nothing in it (no migrations), for migration tests. */
    public static synchronized Database empty() {
        EmbeddedPostgres pg = server();
        String name = "revops_empty_" + COUNTER.incrementAndGet();
        execute(pg, "CREATE DATABASE " + name);
        HikariDataSource pool = Database.pool(url(pg, name), "postgres", null);
        return Database.wrap(pool, "test database " + name);
    }

    /** The JDBC URL of the test server's {@code postgres} database. */
    public static synchronized String adminJdbcUrl() {
        return server().getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("revops-test-pg");
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
                EmbeddedPostgres started = server;
                // the server's data folder (about 1 GB) is deleted when it stops: stop it when the test JVM ends
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is ending; the folder stays behind in the temp directory
                    }
                }, "test-postgres-stop"));
                execute(server, "CREATE DATABASE " + TEMPLATE);
                HikariDataSource pool = Database.pool(url(server, TEMPLATE), "postgres", null);
                try (Database template = Database.wrap(pool, "template")) {
                    template.migrate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    private static void execute(EmbeddedPostgres pg, String sql) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
