package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.DatabaseFingerprint;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockWebServer;

/**
 * {@code --dry-run} changes nothing and sends nothing, for every command (SPEC §5): after each one every
 * table of the schema holds exactly the rows it held before (content checksums), the server standing in
 * for Telegram received no request, and the output says what a real run would write and queue.
 */
class DryRunCliTest {
    private static final String AS_OF = "2026-03-02T10:00:00Z";
    private Database db;
    private MockWebServer telegram;
    private RevopsEnvironment env;
    private UUID approvedItem;
    @TempDir
    Path home;

    @BeforeEach
    void seed() throws IOException {
        db = TestDatabase.fresh();
        telegram = new MockWebServer();
        telegram.start();
        env = CliRun.withTelegram(home, telegram);
        Fixtures f = new Fixtures(db);
        f.contact("c-ada", "call_booked", Instant.parse("2026-02-27T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        f.contact("c-bob", "decision", Instant.parse("2026-02-25T00:00:00Z"), Instant.parse("2026-02-10T10:00:00Z"), "ai_automation");
        OutreachFixtures outreach = new OutreachFixtures(db);
        UUID grace = outreach.contact("Grace Hopper", "@grace", "linkedin", "awareness", "saas", new String[] {});
        approvedItem = outreach.approved(grace, "dm", "dm_send", "linkedin", "Hi Grace", null, "approved",
                Instant.parse("2026-03-02T08:00:00Z"));
    }

    @AfterEach
    void stop() throws IOException {
        telegram.shutdown();
        db.close();
    }

    private CliRun dryRun(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--dry-run", "--as-of", AS_OF))
                .toArray(String[]::new);
        return CliRun.on(db, env, all);
    }

    @Test
    void everyCommandLeavesEveryTableAsItWasAndSendsNothing() throws IOException {
        Path csv = Files.writeString(home.resolve("contacts.csv"), """
                external_id,name,stage
                c-new,New Person,cold
                c-ada,Ada Renamed,decision
                """);
        List<String[]> commands = List.of(
                new String[] {"--log-deal", "c-ada", "3500", "ai_automation"},
                new String[] {"--alert-check"},
                new String[] {"--daily-brief"},
                new String[] {"--weekly-report"},
                new String[] {"--domain", "revenue_ops", "--task", "brief"},
                new String[] {"--import", "crm_contacts", csv.toString()},
                new String[] {"--queue-mark", approvedItem.toString(), "sent"},
                new String[] {"--pipeline"}, new String[] {"--forecast"}, new String[] {"--status"}, new String[] {"--mtd"},
                new String[] {"--velocity"}, new String[] {"--conversion-rates"}, new String[] {"--offer-performance"},
                new String[] {"--top-sources"}, new String[] {"--credits"}, new String[] {"--funnel"}, new String[] {"--queue"},
                new String[] {"--credit-route", "draft_generation"},
                new String[] {"--approval-digest"}, new String[] {"--telegram-poll"});
        // an item waiting for review, for the approval digest to show
        OutreachFixtures outreach = new OutreachFixtures(db);
        outreach.pending(outreach.contact("Ada Lovelace", "@ada", "instagram", "awareness", "fintech", new String[] {}), "dm", "dm_send",
                "instagram", "Hi Ada", Instant.parse("2026-03-02T07:00:00Z"));
        Map<String, String> before = DatabaseFingerprint.of(db);
        for (String[] command : commands) {
            CliRun run = dryRun(command);
            String name = String.join(" ", command);
            assertThat(run.exitCode).as(name + "\n" + run).isZero();
            assertThat(run.out).as(name).startsWith(DryRunReport.HEADER).contains("Dry run — rolled back: nothing was written, nothing was sent.");
            assertThat(DatabaseFingerprint.of(db)).as("every table after " + name).isEqualTo(before);
            assertThat(telegram.getRequestCount()).as("requests to Telegram after " + name).isZero();
        }
    }

    @Test
    void logDealShowsWhatItWouldWriteAndTheAlertWordForWord() {
        Map<String, String> before = DatabaseFingerprint.of(db);
        CliRun run = dryRun("--log-deal", "c-ada", "$3,500", "AI_Automation");
        assertThat(run.exitCode).as(run.toString()).isZero();
        // the command ran for real inside the dry run: the contact moved, days to close were counted
        assertThat(run.out).contains("Logged deal_won: Contact c-ada — $3,500.00 (ai_automation), 10 days from first contact")
                .contains("Moved Contact c-ada from call_booked to closed_won.")
                .contains("deal_closed alert: dry run: not sent");
        assertThat(run.out).containsPattern("actp_revenue_events +1 +0 +0")
                .containsPattern("actp_stage_transitions +1 +0 +0")
                .containsPattern("revops_outbox +1 +0 +0")
                .contains("It would queue 1 Telegram message and send it at once:")
                .contains("🎉 <b>Deal closed: Contact c-ada — $3,500.00 (ai_automation)</b>");
        assertThat(DatabaseFingerprint.of(db)).isEqualTo(before);
        assertThat(telegram.getRequestCount()).isZero();
    }

    @Test
    void jsonCarriesWhatWouldBeWrittenAndQueued() {
        CliRun run = dryRun("--log-deal", "c-ada", "3500", "ai_automation", "--json");
        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode dry = run.json().get("dry_run");
        assertThat(dry.get("rolled_back").asBoolean()).isTrue();
        assertThat(dry.get("would_write").findValuesAsText("table")).contains("actp_revenue_events", "actp_stage_transitions",
                "crm_contacts", "revops_alerts", "revops_outbox");
        assertThat(dry.get("would_queue").get(0).get("kind").asText()).isEqualTo("alert");
        assertThat(dry.get("would_queue").get(0).get("text").asText()).contains("Deal closed: Contact c-ada — $3,500.00 (ai_automation)");
        assertThat(new Fixtures(db).count("SELECT count(*) FROM actp_revenue_events")).isZero();
    }

    @Test
    void theBriefIsShownOnceAsTheMessageItWouldQueue() {
        CliRun run = dryRun("--daily-brief");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("(dry run: not sent)").containsPattern("actp_pipeline_snapshots +1 +0 +0")
                .contains("[daily_brief:2026-03-02]");
        assertThat(run.out.split("Revenue Ops Daily Brief", -1)).as("the brief's title appears once").hasSize(2);
        assertThat(new Fixtures(db).count("SELECT count(*) FROM actp_pipeline_snapshots")).isZero();
    }

    @Test
    void demoDataOnAnEmptyDatabaseLoadsNothing() {
        try (Database empty = TestDatabase.fresh()) {
            Map<String, String> before = DatabaseFingerprint.of(empty);
            CliRun run = CliRun.on(empty, env, "--demo-data", "--dry-run", "--as-of", AS_OF);
            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(run.out).contains("Loaded the demo data").containsPattern("crm_contacts +900 ");
            assertThat(DatabaseFingerprint.of(empty)).isEqualTo(before);
        }
    }

    @Test
    void theDaemonCannotBeDryRun() {
        CliRun run = CliRun.on(db, env, "--daemon", "--dry-run");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).startsWith("error: --dry-run:");
    }
}
