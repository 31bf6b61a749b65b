package com.revops.integrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.revops.integrations.testing.TestDatabase;

/** The start-up check that replaces Flyway's validate when the schema is current (docs/decisions/0065). */
class SchemaVersionTest {

    @Test
    void versionsCompareAsNumbersPartByPartAsFlywayOrdersThem() {
        // as text "9" > "14" and "14" > "100"; as Flyway orders them 9 < 14 < 14.1 < 100
        assertThat(SchemaVersion.newest(List.of("9", "14", "100", "14.1"))).contains("100");
        assertThat(SchemaVersion.newest(List.of("9", "14", "14.1"))).contains("14.1");
        assertThat(SchemaVersion.newest(List.of("2", "10"))).contains("10");
    }

    @Test
    void theNewestOnTheClasspathIsTheHighestMigrationFileAndIsWhatFlywayApplied() throws SQLException {
        List<String> versions = SchemaVersion.versionsOnClasspath();
        assertThat(versions).contains("1", "5", "10", "14");
        try (Database db = TestDatabase.fresh()) {
            String appliedLast = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT version FROM revops_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1").mapTo(String.class).one());
            assertThat(SchemaVersion.newestOnClasspath()).isEqualTo(appliedLast);
        }
    }

    @Test
    void aMigratedDatabaseIsCurrent() throws SQLException {
        try (Database db = TestDatabase.fresh(); Connection c = db.dataSource().getConnection()) {
            assertThat(SchemaVersion.isCurrent(c)).isTrue();
        }
    }

    @Test
    void aDatabaseWithNoHistoryIsNotCurrent() throws SQLException {
        try (Database db = TestDatabase.empty(); Connection c = db.dataSource().getConnection()) {
            assertThat(SchemaVersion.isCurrent(c)).isFalse();
        }
    }

    @Test
    void aDatabaseBehindTheNewestMigrationIsNotCurrent() throws SQLException {
        try (Database db = TestDatabase.fresh()) {
            TestDatabase.asOwner(db, "DELETE FROM revops_schema_history WHERE installed_rank = (SELECT max(installed_rank) FROM revops_schema_history)");
            try (Connection c = db.dataSource().getConnection()) {
                assertThat(SchemaVersion.isCurrent(c)).isFalse();
            }
        }
    }

    @Test
    void aFailedMigrationInTheHistoryMeansNotCurrentSoFlywayReportsIt() throws SQLException {
        try (Database db = TestDatabase.fresh()) {
            TestDatabase.asOwner(db, """
                    INSERT INTO revops_schema_history (installed_rank, version, description, type, script, checksum, installed_by,
                                                       execution_time, success)
                    SELECT max(installed_rank) + 1, '13.5', 'half done', 'SQL', 'V13_5__half_done.sql', 0, 'postgres', 1, false
                      FROM revops_schema_history""");
            try (Connection c = db.dataSource().getConnection()) {
                assertThat(SchemaVersion.isCurrent(c)).isFalse();
            }
        }
    }
}
