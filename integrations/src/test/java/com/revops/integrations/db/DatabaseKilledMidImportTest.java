package com.revops.integrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.integrations.config.DatabaseSettings;
import com.revops.integrations.csv.CsvImporter;
import com.revops.integrations.readmodel.ReadModelCheck;

/**
 * kill -9 of the database server while an import writes its rows: after a restart the import is there
 * whole or not at all, never in part (SPEC §5 "all rows or none"), and the database works.
 */
@Tag("fault")
class DatabaseKilledMidImportTest {
    private static final int ROWS = 20_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @Test
    void anImportWhoseServerIsKilledIsWhollyThereOrWhollyAbsentAfterTheRestart() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(home.resolve("postgres"), 0);
        Path data = home.resolve("postgres").resolve("data");
        Path csv = contacts(home.resolve("contacts.csv"));
        Database db = Database.open(settings);
        long postmaster = PostmasterPidFile.read(data).orElseThrow().pid();
        int port = PostmasterPidFile.read(data).orElseThrow().port();

        CompletableFuture<CsvImporter.ImportResult> running = CompletableFuture.supplyAsync(
                () -> new CsvImporter(db, ZoneOffset.UTC, CLOCK).importFile("crm_contacts", csv));
        boolean writing = awaitTheImportWriting(port, running);
        killNine(postmaster);
        Throwable failure = catchFailure(running);
        closeQuietly(db);

        assertThat(writing).as("the server was killed while the import wrote its rows").isTrue();
        try (Database again = Database.open(settings)) {
            int contacts = again.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM crm_contacts").mapTo(Integer.class).one());
            // killed before its commit (the usual case): nothing, and the import said it failed; after it: everything
            assertThat(contacts).as("all or nothing").isIn(0, ROWS);
            System.out.printf("kill -9 mid-import: %d rows imported, %d after the restart; the import said: %s%n", ROWS, contacts,
                    failure == null ? "done" : failure.getMessage());
            if (contacts == 0) {
                assertThat(failure).as("the import reported its failure").isNotNull();
            }
            again.jdbi().useHandle(h -> h.execute("INSERT INTO crm_contacts (external_id, name) VALUES ('after', 'After the crash')"));
            // the read model went with the rows (same transaction): it equals its recomputation
            assertThat(new ReadModelCheck(again.jdbi()).verify().differences()).isEmpty();
        }
    }

    private static Path contacts(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("external_id,name,platform,niche,stage,first_contact_at\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("imp-" + i + ",Contact " + i + ",twitter,saas,awareness,2026-02-01T00:00:00Z\n");
            }
        }
        return file;
    }

    /** Waits until the import's session runs a statement on crm_contacts (the rows going in); false when it ended first. */
    private static boolean awaitTheImportWriting(int port, CompletableFuture<?> running) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/revops?user=postgres");
             Statement query = admin.createStatement()) {
            while (!running.isDone() && System.nanoTime() < deadline) {
                try (ResultSet rs = query.executeQuery("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE application_name LIKE 'revops:%' AND state = 'active' AND query ILIKE 'INSERT INTO "crm_contacts"%'""")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(5);
            }
        }
        return false;
    }

    /** SIGKILL to the server, then to every process of it, as a power cut or the OOM killer would. */
    private static void killNine(long postmaster) {
        ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
        java.util.List<ProcessHandle> backends = server.descendants().toList();
        server.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        server.onExit().join();
        backends.forEach(b -> b.onExit().join());
    }

    private static Throwable catchFailure(CompletableFuture<?> running) {
        try {
            running.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    /** Closes the copy that saw the crash; stopping its server cannot succeed (it is gone), the rest is let go. */
    private static void closeQuietly(Database db) {
        try {
            db.close();
        } catch (RuntimeException e) {
            // pg_ctl finds no server to stop
        }
    }
}
