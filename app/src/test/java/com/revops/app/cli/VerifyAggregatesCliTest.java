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

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/**
 * {@code --verify-aggregates} as the operator runs it: equal (exit 0) after the demo data and after imports; a row
 * of the read model corrupted by SQL is reported with its table, key, stored and recomputed values (exit 1).
 */
class VerifyAggregatesCliTest {
    private static final String AS_OF = "2026-03-20T12:00:00Z";
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
    void equalAfterTheDemoDataAndReportsACorruptedRow() throws IOException {
        assertThat(run("--demo-data", "--as-of", AS_OF).exitCode).isZero();

        CliRun equal = run("--verify-aggregates", "--json");
        assertThat(equal.exitCode).as(equal.toString()).isZero();
        JsonNode json = equal.json();
        assertThat(json.get("equal").asBoolean()).isTrue();
        assertThat(json.get("differences_total").asInt()).isZero();
        assertThat(json.get("tables")).hasSize(4).allSatisfy(t -> {
            assertThat(t.get("rows").asLong()).as(t.toString()).isPositive();
            assertThat(t.get("differences").asInt()).isZero();
        });

        TestDatabase.asOwner(db, "UPDATE revops_stage_sums SET advanced = advanced + 1 WHERE stage = 'decision'");
        CliRun corrupted = run("--verify-aggregates", "--json");
        assertThat(corrupted.exitCode).as(corrupted.toString()).isEqualTo(1);
        JsonNode difference = corrupted.json().get("differences").get(0);
        assertThat(corrupted.json().get("equal").asBoolean()).isFalse();
        assertThat(difference.get("table").asText()).isEqualTo("revops_stage_sums");
        assertThat(difference.get("key").asText()).isEqualTo("decision");
        long stored = CliSession.mapper().readTree(difference.get("stored").asText()).get("advanced").asLong();
        long recomputed = CliSession.mapper().readTree(difference.get("recomputed").asText()).get("advanced").asLong();
        assertThat(stored).isEqualTo(recomputed + 1);

        CliRun text = run("--verify-aggregates");
        assertThat(text.exitCode).isEqualTo(1);
        assertThat(text.out).contains("revops_stage_sums decision:", "  stored:     {\"stage\":\"decision\"",
                "1 difference(s) between the read model and the raw rows.");
    }

    @Test
    void equalAfterImportingContactsAndTheirTransitions() throws IOException {
        Path contacts = Files.writeString(home.resolve("contacts.csv"), """
                external_id,name,stage,stage_entered_at,first_contact_at
                c-1,Ada Lovelace,decision,2026-03-05T00:00:00Z,2026-03-01T00:00:00Z
                c-2,Grace Hopper,closed_lost,2026-03-04T00:00:00Z,2026-03-02T00:00:00Z
                """);
        Path transitions = Files.writeString(home.resolve("transitions.csv"), """
                contact_id,from_stage,to_stage,transitioned_at
                c-1,cold,awareness,2026-03-03T00:00:00Z
                c-1,awareness,decision,2026-03-05T00:00:00Z
                c-2,cold,closed_lost,2026-03-04T00:00:00Z
                """);
        assertThat(run("--import", "crm_contacts", contacts.toString()).exitCode).isZero();
        assertThat(run("--import", "actp_stage_transitions", transitions.toString()).exitCode).isZero();

        CliRun run = run("--verify-aggregates");

        assertThat(run.exitCode).as(run.toString()).isZero();
        // journeys 2; spells: c-1 cold 2 d, awareness 2 d, c-2 cold 2 d = 3; stage sums cold and awareness = 2
        assertThat(run.out).containsPattern("revops_journeys\\s+2\\s+0").containsPattern("revops_spells\\s+3\\s+0")
                .containsPattern("revops_stage_sums\\s+2\\s+0")
                .endsWith("The read model equals its recomputation from the raw rows.\n");
    }
}
