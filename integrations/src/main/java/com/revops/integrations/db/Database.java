package com.revops.integrations.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.integrations.config.DatabaseSettings;
import com.revops.integrations.config.JdbcUrls;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The app's connection to PostgreSQL: one pool (or, for a CLI call, one plain connection), one shared
 * {@link Jdbi} (STYLE.md), migrated by Flyway on open when the schema is behind. Embedded by default,
 * external when {@code REVOPS_DB_URL} is set (SPEC §3).
 */
public final class Database implements AutoCloseable {
    private static final java.util.concurrent.atomic.AtomicInteger INSTANCES = new java.util.concurrent.atomic.AtomicInteger();
    static final String EMBEDDED_DATABASE = "revops";
    /** The embedded server's superuser: owns the schema and runs the migrations. */
    static final String SUPERUSER = "postgres";
    /** The role the app works as: reads and writes rows, owns nothing (created by V10). */
    public static final String APP_ROLE = "revops_app";

    /** How a copy of the app talks to the database: a pool (the console, {@code --daemon}), or one connection (a CLI call). */
    public enum Connections {
        POOL, ONE
    }

    private final DataSource dataSource;
    private final Runnable closeConnections;
    private final Jdbi jdbi;
    private final Optional<EmbeddedPostgresServer> embedded;
    /** Who runs the migrations, when that is not the app's own user. */
    private final Optional<SchemaOwner> owner;
    private final String description;
    /** Every connection of this Database carries this name, so copies of the app can see each other. */
    private final String applicationName;

    private Database(HikariDataSource dataSource, Optional<EmbeddedPostgresServer> embedded, String description,
                     Optional<SchemaOwner> owner) {
        this(dataSource, dataSource::close, dataSource.getDataSourceProperties().getProperty("ApplicationName", "revops"), embedded,
                description, owner);
    }

    private Database(DataSource dataSource, Runnable closeConnections, String applicationName, Optional<EmbeddedPostgresServer> embedded,
                     String description, Optional<SchemaOwner> owner) {
        this.dataSource = dataSource;
        this.closeConnections = closeConnections;
        this.owner = owner;
        this.embedded = embedded;
        this.description = description;
        this.applicationName = applicationName;
        this.jdbi = Jdbi.create(dataSource)
                .installPlugin(new PostgresPlugin())
                .installPlugin(new SqlObjectPlugin());
        jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        // a failed statement's exception carries neither its SQL nor its bound values (contact data)
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    }

    /**
     * Opens (and for the embedded default, starts or attaches to) the database, then migrates it. The
     * embedded database is migrated by its owner, the server's superuser, and used as {@link #APP_ROLE};
     * an external one is migrated and used as the configured user (docs/decisions/0026-app-database-role.md).
     */
    public static Database open(DatabaseSettings settings) {
        return open(settings, Connections.POOL);
    }

    /**
     * As {@link #open(DatabaseSettings)}, with {@code connections} deciding between a pool and the one plain
     * connection of a CLI call (docs/decisions/0066-one-connection-for-a-cli-call.md). The schema is checked
     * with one query and migrated by Flyway only when behind (docs/decisions/0065-schema-version-check-on-start.md).
     */
    public static Database open(DatabaseSettings settings, Connections connections) {
        if (settings.isExternal()) {
            Database database = external(settings, connections);
            try {
                database.migrateIfBehind();
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(settings.embeddedDirectory(), settings.embeddedPort());
        try {
            String description = "embedded (port " + server.port() + ", " + server.dataDirectory() + ")";
            SchemaOwner owner = new SchemaOwner(server.jdbcUrl(EMBEDDED_DATABASE), SUPERUSER);
            String appUser = owner.migrateIfBehind(description,
                    () -> createDatabaseIfMissing(server.jdbcUrl("postgres"), EMBEDDED_DATABASE));
            return connect(connections, owner.jdbcUrl(), appUser, null, Optional.of(server), description, Optional.of(owner));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static Database external(DatabaseSettings settings, Connections connections) {
        String url = settings.url().orElseThrow();
        String[] info = JdbcUrls.userInfo(url);
        String user = settings.user().orElse(info[0]);
        String password = settings.password().orElse(info[1]);
        return connect(connections, JdbcUrls.toJdbc(url), user, password, Optional.empty(),
                "external " + JdbcUrls.redact(JdbcUrls.toJdbc(url)), Optional.empty());
    }

    private static Database connect(Connections connections, String jdbcUrl, String user, String password,
                                    Optional<EmbeddedPostgresServer> embedded, String description, Optional<SchemaOwner> owner) {
        if (connections == Connections.POOL) {
            return new Database(pool(jdbcUrl, user, password), embedded, description, owner);
        }
        String name = newApplicationName();
        OneConnection one = new OneConnection(jdbcUrl, user, password, name);
        return new Database(one, one::close, name, embedded, description, owner);
    }

    /**
     * A migrated database on a server whose {@code ownerUser} owns the schema (tests): used as
     * {@link #APP_ROLE} when that role may log in, else as the owner; {@link #migrate()} runs as the owner.
     * Never stops the server.
     */
    public static Database onServer(String jdbcUrl, String ownerUser, String description) {
        SchemaOwner owner = new SchemaOwner(jdbcUrl, ownerUser);
        return new Database(pool(jdbcUrl, owner.appUser(), null), Optional.empty(), description, Optional.of(owner));
    }

    /** A database for an existing data source (tests), used and migrated through it; never stops a server. */
    public static Database wrap(HikariDataSource dataSource, String description) {
        return new Database(dataSource, Optional.empty(), description, Optional.empty());
    }

    public static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("revops");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", newApplicationName());
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // the server's error detail ("Failing row contains (…)", "Key (email)=(…)") and a failed batch's
        // statement quote the values: left out of every exception, hence of every message and log line
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return new HikariDataSource(config);
    }

    private static String newApplicationName() {
        return "revops:" + ProcessHandle.current().pid() + ":" + INSTANCES.incrementAndGet();
    }

    private static void createDatabaseIfMissing(String adminUrl, String name) {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("ApplicationName", "revops-setup"); // not 'revops:%': not counted as a copy of the app
        try (Connection connection = DriverManager.getConnection(adminUrl, props);
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created meanwhile by another copy of the app
            }
            throw new DatabaseUnavailableException("Could not prepare the embedded database: " + e.getMessage(), e);
        }
    }

    /** Applies the Flyway migrations as the schema owner (never destructive; safe on a database that already holds the seed tables). */
    public void migrate() {
        SchemaMigrations.apply(owner.map(SchemaOwner::dataSource).orElse(dataSource), description);
    }

    /** {@link #migrate()} only when {@link SchemaVersion} finds the schema behind this build's newest migration. */
    void migrateIfBehind() {
        DataSource migrator = owner.map(SchemaOwner::dataSource).orElse(dataSource);
        try (Connection connection = migrator.getConnection()) {
            if (SchemaVersion.isCurrent(connection)) {
                return;
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Database unavailable (" + description + "): " + e.getMessage(), e);
        }
        migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    /** e.g. "embedded (port 54329, /home/me/.local/share/revops/postgres/data)"; never contains a password. */
    public String description() {
        return description;
    }

    /** True when a connection can be made now. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** How many connections other copies of the app hold on this server. */
    int otherAppConnections() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'revops:%' AND application_name <> :me")
                .bind("me", applicationName)
                .mapTo(Integer.class)
                .one());
    }

    /**
     * A closed connection's server process leaves {@code pg_stat_activity} a moment after the client
     * hung up. Waiting for ours to go (normally a few milliseconds, at most two seconds) makes leaving
     * synchronous: the copy that closes next counts only copies that are really still connected, and
     * stops the server when it is the last one.
     */
    private void awaitOwnConnectionsGone(EmbeddedPostgresServer server) {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("ApplicationName", "revops-leaving"); // not 'revops:%': not counted as a copy
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(EMBEDDED_DATABASE), props);
             java.sql.PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
            query.setString(1, applicationName);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
            log().debug("Connections named {} were still listed after 2 s", applicationName);
        } catch (SQLException e) {
            log().debug("Could not confirm that this copy's connections closed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        int others = 0;
        if (embedded.isPresent()) {
            try {
                others = otherAppConnections();
            } catch (RuntimeException e) {
                log().debug("Could not count other connections; assuming none", e);
            }
        }
        closeConnections.run();
        if (embedded.isPresent()) {
            if (others > 0) {
                // the usual end of a CLI call while the console runs: not logged
                awaitOwnConnectionsGone(embedded.get());
            } else {
                embedded.get().close();
            }
        }
    }

    /**
     * Made when something is logged, not when the class loads: a CLI call that attaches to a running server
     * and succeeds starts no logging at all (docs/decisions/0067-lazy-start-up.md).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(Database.class);
    }
}
