package com.revops.integrations.db;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import com.zaxxer.hikari.pool.HikariPool;

/**
 * The Flyway migrations in {@code db/migration} (docs/decisions/0002-schema-migrations.md), applied by
 * the schema owner — never by the app's own role, which may not create or alter anything
 * (docs/decisions/0026-app-database-role.md).
 */
final class SchemaMigrations {
    private SchemaMigrations() {
    }

    /** Applies the pending migrations through {@code owner}; {@code description} names the database in errors. */
    static void apply(DataSource owner, String description) {
        try {
            Flyway.configure()
                    .dataSource(owner)
                    .locations("classpath:db/migration")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .table("revops_schema_history")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || root instanceof java.net.ConnectException || e.getCause() instanceof HikariPool.PoolInitializationException
                    || e.getMessage() != null && e.getMessage().contains("Unable to obtain connection")) {
                throw new DatabaseUnavailableException("Database unavailable (" + description + "): " + root.getMessage(), e);
            }
            // the server's own words (the statements are ours, never carrying values), not Flyway's page of SQL
            String reason = root instanceof SQLException ? root.getMessage() : e.getMessage();
            throw new DatabaseException("Migrating the database failed: " + reason, e);
        }
    }
}
