package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** {@code --import TABLE FILE.csv} as the operator runs it: a good file says what it imported, a bad one exits 2 and imports nothing. */
class ImportCliTest {
    private Database db;
    @TempDir
    Path home;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CliRun run(String... args) {
        return CliRun.on(db, CliRun.environment(home, Map.of()), args);
    }

    @Test
    void importsAFileAndSaysHowManyRows() throws IOException {
        Path file = Files.writeString(home.resolve("contacts.csv"), """
                external_id,name,stage,offer_tag
                c-1,Ada Lovelace,decision,ai_automation
                c-2,Grace Hopper,cold,
                """);
        CliRun run = run("--import", "crm_contacts", file.toString());
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).isEqualTo("Imported 2 rows into crm_contacts from contacts.csv\n");
        assertThat(new Fixtures(db).texts("SELECT external_id || ':' || stage FROM crm_contacts ORDER BY external_id"))
                .containsExactly("c-1:decision", "c-2:cold");
    }

    @Test
    void aFileWithBadRowsExitsTwoNamingEachLineAndImportsNothing() throws IOException {
        Path file = Files.writeString(home.resolve("deals.csv"), """
                event_type,amount,closed_at
                deal_won,2500,2026-03-01T10:00:00Z
                deal_won,-5,2026-03-01T10:00:00Z
                deal_won,abc,2026-03-01T10:00:00Z
                """);
        CliRun run = run("--import", "actp_revenue_events", file.toString());
        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("2 bad rows").contains("line 3: amount must not be negative")
                .contains("line 4: amount: 'abc' is not a number");
        assertThat(new Fixtures(db).count("SELECT count(*) FROM actp_revenue_events")).isZero();
    }

    @Test
    void aMissingFileExitsTwoAndSaysWhichFile() {
        CliRun run = run("--import", "crm_contacts", home.resolve("nope.csv").toString());
        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("nope.csv");
    }
}
