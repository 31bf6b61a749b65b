package com.revops.integrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.integrations.config.DatabaseSettings;

/** The embedded default of SPEC §3: data kept across runs, a second copy attaches instead of starting another server. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path home;

    @Test
    void keepsDataAcrossRunsAndSharesTheServerWithASecondCopy() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(home.resolve("postgres"), 0);

        try (Database first = Database.open(settings)) {
            first.jdbi().useHandle(h -> h.execute("INSERT INTO crm_contacts (external_id, name) VALUES ('c-1', 'Ada')"));
            int port = EmbeddedPostgresServer.runningPort(home.resolve("postgres").resolve("data")).orElseThrow();

            try (Database second = Database.open(settings)) {
                assertThat(second.description()).contains("port " + port);
                assertThat(nameIn(second))
                        .isEqualTo("Ada");
            }
            // the second copy left: the first keeps working on the same server
            assertThat(first.isReachable()).isTrue();
        }
        // the last copy closed: the server is stopped
        assertThat(EmbeddedPostgresServer.runningPort(home.resolve("postgres").resolve("data"))).isEmpty();

        try (Database again = Database.open(settings)) {
            assertThat(nameIn(again))
                    .isEqualTo("Ada");
        }
    }

    @Test
    void theServerOutlivesTheCopyThatStartedItWhileAnotherIsConnected() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(home.resolve("postgres"), 0);
        Database first = Database.open(settings);
        Database second = Database.open(settings);
        second.jdbi().useHandle(h -> h.execute("SELECT 1")); // hold a pooled connection
        first.close();
        assertThat(second.isReachable()).isTrue();
        second.close();
        assertThat(EmbeddedPostgresServer.runningPort(home.resolve("postgres").resolve("data"))).isEmpty();
    }

    @Test
    void aCliCallOnOneConnectionAttachesToTheRunningServerSkipsFlywayAndLeavesTheServerUp() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(home.resolve("postgres"), 0);
        Path data = home.resolve("postgres").resolve("data");
        try (Database console = Database.open(settings)) {
            int port = EmbeddedPostgresServer.runningPort(data).orElseThrow();
            long history = historyRows(console);
            try (Database cli = Database.open(settings, Database.Connections.ONE)) {
                assertThat(cli.description()).contains("port " + port);
                cli.jdbi().useHandle(h -> h.execute("INSERT INTO crm_contacts (external_id, name) VALUES ('c-9', 'Lin')"));
                assertThat(nameIn(cli)).isEqualTo("Lin");
                // two handles, one server connection named for this copy
                int first = cli.jdbi().withHandle(h -> h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one());
                int second = cli.jdbi().withHandle(h -> h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one());
                assertThat(second).isEqualTo(first);
            }
            // the schema was current: nothing was migrated, and the console's server is still up
            assertThat(historyRows(console)).isEqualTo(history);
            assertThat(EmbeddedPostgresServer.runningPort(data)).contains(port);
            assertThat(console.isReachable()).isTrue();
        }
        assertThat(EmbeddedPostgresServer.runningPort(data)).isEmpty();
    }

    @Test
    void aCliCallThatStartedTheServerStopsItWhenItEnds() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(home.resolve("postgres"), 0);
        try (Database cli = Database.open(settings, Database.Connections.ONE)) {
            int contacts = cli.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM crm_contacts").mapTo(Integer.class).one());
            assertThat(contacts).isZero();
        }
        // decision 0069: no lingering server after a CLI call that started it
        assertThat(EmbeddedPostgresServer.runningPort(home.resolve("postgres").resolve("data"))).isEmpty();
    }

    private static long historyRows(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM revops_schema_history").mapTo(Long.class).one());
    }

    @Test
    void commitsDurablyAndKeepsItsFilesToItsOwner() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(home.resolve("postgres"), 0);
        try (Database db = Database.open(settings)) {
            // a deal reported "Logged" survives a power loss: the commit waited for the disk
            assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(db, "fsync")).isEqualTo("on");
            assertThat(setting(db, "full_page_writes")).isEqualTo("on");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("postgres")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("postgres").resolve("server.log"))))
                .isEqualTo("rw-------");
    }

    private static String setting(Database db, String name) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT current_setting(:name)").bind("name", name).mapTo(String.class).one());
    }

    private static String nameIn(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM crm_contacts").mapTo(String.class).one());
    }
}
