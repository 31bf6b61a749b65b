package com.revops.scheduler;

import java.sql.Connection;
import java.sql.SQLException;

import org.quartz.utils.ConnectionProvider;

import com.revops.integrations.db.Database;

/**
 * Lends Quartz connections from the app's pool. Quartz's API is JDBC, so this is the one class outside
 * integrations that names {@code java.sql} (an exception the architecture rules spell out).
 */
final class QuartzConnections implements ConnectionProvider {
    private final Database database;

    QuartzConnections(Database database) {
        this.database = database;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return database.dataSource().getConnection();
    }

    @Override
    public void shutdown() {
        // the pool belongs to the app and is closed with it
    }

    @Override
    public void initialize() {
        // nothing to prepare
    }
}
