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
        // neither contact has a first contact yet, so the offer summary it refreshes has no row
        assertThat(run.out).isEqualTo("Imported 2 rows into crm_contacts from contacts.csv\nRefreshed actp_offer_performance (0 rows)\n");
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

    @Test
    void importingWhatASummaryIsComputedFromRefreshesThatSummary() throws IOException {
        // two deals in the 90 days to 20 Mar: ai_automation × twitter × saas and (no offer) × linkedin × —: two offer rows
        Path deals = Files.writeString(home.resolve("deals.csv"), """
                event_type,amount,offer_tag,platform_source,niche_source,closed_at
                deal_won,3500,ai_automation,twitter,saas,2026-03-05T10:00:00Z
                deal_won,997,,linkedin,,2026-03-06T10:00:00Z
                """);
        CliRun run = run("--import", "actp_revenue_events", deals.toString(), "--json", "--as-of", "2026-03-20T12:00:00Z");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.json().get("actp_offer_performance").asInt()).isEqualTo(2);
        assertThat(run.json().has("actp_attribution_summary")).isFalse();
        Fixtures f = new Fixtures(db);
        assertThat(f.texts("SELECT offer_tag || '/' || platform FROM actp_offer_performance ORDER BY offer_tag"))
                .containsExactly("(no offer)/linkedin", "ai_automation/twitter");

        // a click and a purchase on tiktok: platform tiktok is a row, and each of the 7 other dimensions has one row for the
        // events that carry no value for it: 8 rows
        Path events = Files.writeString(home.resolve("events.csv"), """
                event_type,platform,revenue_usd,created_at
                click,tiktok,,2026-03-10T10:00:00Z
                purchase,tiktok,9.99,2026-03-11T10:00:00Z
                """);
        CliRun attribution = run("--import", "actp_attribution_events", events.toString(), "--as-of", "2026-03-20T12:00:00Z");
        assertThat(attribution.exitCode).as(attribution.toString()).isZero();
        assertThat(attribution.out).contains("Refreshed actp_attribution_summary (8 rows)");
        assertThat(f.text("SELECT clicks || '/' || purchases || '/' || revenue_usd FROM actp_attribution_summary WHERE dimension = 'platform'"))
                .isEqualTo("1/1/9.99");
    }
}
