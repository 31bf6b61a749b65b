package com.revops.integrations.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The user that owns the schema and runs the migrations, on a database whose app works as
 * {@link Database#APP_ROLE} (docs/decisions/0026-app-database-role.md). Its connections are opened
 * for a migration and closed after it; they are not named {@code revops:…}, so they never count as a
 * copy of the app.
 */
record SchemaOwner(String jdbcUrl, String user) {
    /** PostgreSQL's "database does not exist". */
    private static final String NO_SUCH_DATABASE = "3D000";

    DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(jdbcUrl);
        source.setUser(user);
        source.setApplicationName("revops-migrations");
        source.setConnectTimeout(5);
        return source;
    }

    /**
     * Brings the schema to this build's newest migration and names the user the app works as, on one
     * connection when the schema is already current (the usual start): the version check of
     * {@link SchemaVersion} and the role lookup, with no Flyway at all. A missing database is made by
     * {@code createDatabase} first; a schema behind (or a failed migration) gets the full Flyway migrate.
     */
    String migrateIfBehind(String description, Runnable createDatabase) {
        try {
            return migrateIfBehindOnce(description);
        } catch (SQLException e) {
            if (!NO_SUCH_DATABASE.equals(e.getSQLState())) {
                throw unreachable(e);
            }
        }
        createDatabase.run();
        try {
            return migrateIfBehindOnce(description);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private String migrateIfBehindOnce(String description) throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            if (!SchemaVersion.isCurrent(connection)) {
                SchemaMigrations.apply(dataSource(), description);
            }
            return appUser(connection);
        }
    }

    /** {@link Database#APP_ROLE} when that role exists and may log in (V10 made it so), else the owner itself. */
    String appUser() {
        try (Connection connection = dataSource().getConnection()) {
            return appUser(connection);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private String appUser(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, Database.APP_ROLE);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1) ? Database.APP_ROLE : user;
            }
        }
    }

    private DatabaseUnavailableException unreachable(SQLException e) {
        return new DatabaseUnavailableException("Could not reach the database as " + user + ": " + e.getMessage(), e);
    }
}
