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

    DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(jdbcUrl);
        source.setUser(user);
        source.setApplicationName("revops-migrations");
        source.setConnectTimeout(5);
        return source;
    }

    /** {@link Database#APP_ROLE} when that role exists and may log in (V10 made it so), else the owner itself. */
    String appUser() {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, Database.APP_ROLE);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1) ? Database.APP_ROLE : user;
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Could not reach the database as " + user + ": " + e.getMessage(), e);
        }
    }
}
