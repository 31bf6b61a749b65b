package com.revops.integrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.integrations.config.DatabaseSettings;

/**
 * After a crash and a reboot, PostgreSQL's {@code postmaster.pid} may name a PID that another, live
 * process now has. The app checks that the PID is this data directory's server before believing it,
 * and otherwise removes the stale file and starts (issue "Reliability and security" point 2).
 */
@Tag("fault")
class StalePostmasterPidTest {
    @TempDir
    Path home;

    @Test
    void aPidFileNamingALiveProcessThatIsNotOurServerIsStaleAndTheServerStarts() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(home.resolve("postgres"), 0);
        Path data = home.resolve("postgres").resolve("data");
        try (Database first = Database.open(settings)) {
            first.jdbi().useHandle(h -> h.execute("INSERT INTO crm_contacts (external_id, name) VALUES ('c-1', 'Ada')"));
        }
        assertThat(data.resolve("postmaster.pid")).doesNotExist();

        Process foreign = new ProcessBuilder("sleep", "300").start();
        try {
            // what a crash leaves behind: the file of a server that is gone, its PID now someone else's
            Files.writeString(data.resolve("postmaster.pid"), String.join("\n", String.valueOf(foreign.pid()), data.toString(),
                    "1767225600", "54399", "/tmp", "localhost", "  5432001    131072", "ready   ", ""), StandardCharsets.UTF_8);

            try (Database again = Database.open(settings)) {
                String name = again.jdbi().withHandle(h -> h.createQuery("SELECT name FROM crm_contacts").mapTo(String.class).one());
                assertThat(name).isEqualTo("Ada");
            }
            assertThat(foreign.isAlive()).as("the process that had the PID is left alone").isTrue();
        } finally {
            foreign.destroy();
        }
    }
}
