package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** {@code --log-deal}: good input is recorded with its alert; every bad input exits 2 and changes nothing. */
class LogDealCliTest {
    private Database db;
    @TempDir
    Path home;
    private RevopsEnvironment env;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        env = CliRun.environment(home, Map.of());
        Fixtures f = new Fixtures(db);
        f.contact("c-ada", "call_booked", Instant.parse("2026-02-27T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        f.contact("c-lost", "closed_lost", Instant.parse("2026-02-27T00:00:00Z"), Instant.parse("2026-02-01T10:00:00Z"), null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Every table log-deal may write, row by row, so "nothing changed" is checked exactly. */
    private String state() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT (SELECT count(*) FROM actp_revenue_events) || '/' || (SELECT count(*) FROM actp_stage_transitions) || '/'
                    || (SELECT count(*) FROM actp_interactions) || '/' || (SELECT count(*) FROM revops_alerts) || '/'
                    || (SELECT count(*) FROM revops_outbox) || '/' || (SELECT string_agg(external_id || ':' || stage, ',' ORDER BY external_id)
                    FROM crm_contacts)""").mapTo(String.class).one());
    }

    @Test
    void recordsTheDealMovesTheContactAndFiresTheAlert() {
        CliRun run = CliRun.on(db, env, "--log-deal", "c-ada", "3500", "ai_automation", "--notes", "annual plan", "--json",
                "--as-of", "2026-03-02T10:00:00Z");
        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("amount").decimalValue()).isEqualByComparingTo("3500.00");
        assertThat(json.get("days_to_close").asInt()).isEqualTo(10); // 20 Feb 10:00 → 2 Mar 10:00: 8 days of February + 2 of March
        assertThat(json.get("moved_from_stage").asText()).isEqualTo("call_booked");
        assertThat(json.get("alert").get("type").asText()).isEqualTo("deal_closed");

        Map<String, Object> event = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT event_type, offer_tag, platform_source, niche_source, days_to_close, notes FROM actp_revenue_events").mapToMap().one());
        assertThat(event).containsEntry("event_type", "deal_won").containsEntry("offer_tag", "ai_automation")
                .containsEntry("platform_source", "twitter").containsEntry("niche_source", "saas").containsEntry("days_to_close", 10)
                .containsEntry("notes", "annual plan");
        Fixtures f = new Fixtures(db);
        assertThat(f.text("SELECT from_stage || '>' || to_stage FROM actp_stage_transitions")).isEqualTo("call_booked>closed_won");
        assertThat(f.text("SELECT stage FROM crm_contacts WHERE external_id = 'c-ada'")).isEqualTo("closed_won");
        assertThat(f.texts("SELECT alert_type FROM revops_alerts")).containsExactly("deal_closed");
        assertThat(f.text("SELECT body FROM revops_outbox")).contains("Deal closed: Contact c-ada — $3,500.00 (ai_automation)");
        // the month to date now includes it
        JsonNode mtd = CliRun.on(db, env, "--mtd", "--json", "--as-of", "2026-03-02T11:00:00Z").json();
        assertThat(mtd.get("revenue").decimalValue()).isEqualByComparingTo("3500");
    }

    @Test
    void anUpsellKeepsTheStageAndTakesThePlatformAndNicheGiven() {
        CliRun run = CliRun.on(db, env, "--log-deal", "c-ada", "1200.50", "personal_brand", "--event-type", "upsell",
                "--platform", "linkedin", "--niche", "agencies", "--as-of", "2026-03-02T10:00:00Z");
        assertThat(run.exitCode).as(run.toString()).isZero();
        Fixtures f = new Fixtures(db);
        assertThat(f.text("SELECT event_type || ' ' || amount || ' ' || offer_tag || ' ' || platform_source || ' ' || niche_source "
                + "FROM actp_revenue_events")).isEqualTo("upsell 1200.50 personal_brand linkedin agencies");
        // only a won deal moves the contact to closed_won
        assertThat(f.text("SELECT stage FROM crm_contacts WHERE external_id = 'c-ada'")).isEqualTo("call_booked");
        assertThat(f.count("SELECT count(*) FROM actp_stage_transitions")).isZero();
        // an upsell is revenue of the month, not a closed deal
        JsonNode mtd = CliRun.on(db, env, "--mtd", "--json", "--as-of", "2026-03-02T11:00:00Z").json();
        assertThat(mtd.get("revenue").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(mtd.get("deals_closed").asInt()).isZero();
    }

    @Test
    void everyBadInputExitsTwoNamesTheFieldAndChangesNothing() {
        String before = state();
        List<String[]> bad = List.of(
                new String[] {"--log-deal", "c-ada", "-5", "ai_automation"},
                new String[] {"--log-deal", "c-ada", "0", "ai_automation"},
                new String[] {"--log-deal", "c-ada", "abc", "ai_automation"},
                new String[] {"--log-deal", "c-ada", "12.345", "ai_automation"},
                new String[] {"--log-deal", "c-ada", "3500", "gold_package"},
                new String[] {"--log-deal", "c-nobody", "3500", "ai_automation"},
                new String[] {"--log-deal", "c-lost", "3500", "ai_automation"},
                new String[] {"--log-deal", "c-ada", "3500", "ai_automation", "--event-type", "refund"},
                new String[] {"--log-deal", "c-ada", "3500", "ai_automation", "--as-of", "2099-01-01T00:00:00Z"},
                new String[] {"--log-deal", "c-ada", "3500", "ai_automation", "--as-of", "2026-01-01T00:00:00Z"});
        List<String> fields = List.of("AMOUNT", "AMOUNT", "AMOUNT", "AMOUNT", "OFFER", "CONTACT", "CONTACT", "--event-type", "--as-of", "--as-of");
        for (int i = 0; i < bad.size(); i++) {
            CliRun run = CliRun.on(db, env, bad.get(i));
            assertThat(run.exitCode).as(String.join(" ", bad.get(i)) + "\n" + run).isEqualTo(2);
            assertThat(run.err).as(String.join(" ", bad.get(i))).startsWith("error: " + fields.get(i) + ":");
            assertThat(state()).as("nothing changed after " + String.join(" ", bad.get(i))).isEqualTo(before);
        }
    }

    /**
     * The README example on a fresh machine: no REVOPS_TZ, the configured database (here REVOPS_DB_URL pointing at the
     * test database). The deal, its alert and the alert's day are in the system's zone; nothing is null (issue 13, point 8).
     */
    @Test
    void withoutRevopsTzTheDealIsLoggedInTheSystemZone() {
        String url = ((com.zaxxer.hikari.HikariDataSource) db.dataSource()).getJdbcUrl();
        RevopsEnvironment noZone = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off",
                "REVOPS_DB_URL", url, "REVOPS_DB_USER", "postgres"), "linux", home);
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = new Cli(noZone, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true),
                clock -> com.revops.app.App.forEnvironment(noZone, clock))
                .run("--log-deal", "c-ada", "3500", "ai_automation", "--as-of", "2026-03-02T10:00:00Z");
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("Logged deal_won: Contact c-ada — $3,500.00 (ai_automation)").contains("deal_closed alert: queued");
        Fixtures f = new Fixtures(db);
        assertThat(f.count("SELECT count(*) FROM actp_revenue_events")).isEqualTo(1);
        String day = Instant.parse("2026-03-02T10:00:00Z").atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
        assertThat(f.text("SELECT alert_day::text FROM revops_alerts WHERE alert_type = 'deal_closed'")).isEqualTo(day);
    }

    @Test
    void dryRunPrintsTheAlertInsteadOfQueueingIt() {
        String before = state();
        CliRun run = CliRun.on(db, env, "--log-deal", "c-ada", "$3,500", "AI_Automation", "--dry-run", "--as-of", "2026-03-02T10:00:00Z");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("It would queue 1 Telegram message, kept in the outbox until Telegram is configured:")
                .contains("🎉 <b>Deal closed: Contact c-ada — $3,500.00 (ai_automation)</b>");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theSameDealWithin24HoursIsRefusedNamingTheEarlierOneUnlessAllowed() {
        CliRun first = CliRun.on(db, env, "--log-deal", "c-ada", "3500", "ai_automation", "--json", "--as-of", "2026-03-02T10:00:00Z");
        assertThat(first.exitCode).as(first.toString()).isZero();
        String firstId = first.json().get("event_id").asText().substring(0, 8);
        String before = state();

        // the README example run twice (a retried cron job): 10 h later, same contact, amount and offer
        CliRun again = CliRun.on(db, env, "--log-deal", "c-ada", "$3,500", "AI_Automation", "--as-of", "2026-03-02T20:00:00Z");
        assertThat(again.exitCode).as(again.toString()).isEqualTo(2);
        assertThat(again.err).isEqualTo("error: DEAL: looks like a duplicate: Contact c-ada already has deal " + firstId
                + ", deal_won $3,500 (ai_automation) closed 2026-03-02T10:00:00Z; if this is another deal, log it with --allow-duplicate\n");
        assertThat(state()).isEqualTo(before);
        // backdated into the window, too (9 h before the first)
        assertThat(CliRun.on(db, env, "--log-deal", "c-ada", "3500", "ai_automation", "--as-of", "2026-03-02T01:00:00Z").exitCode).isEqualTo(2);

        CliRun allowed = CliRun.on(db, env, "--log-deal", "c-ada", "3500", "ai_automation", "--allow-duplicate", "--as-of", "2026-03-02T20:00:00Z");
        assertThat(allowed.exitCode).as(allowed.toString()).isZero();
        // another amount, or the same a day and a minute later, is another deal
        assertThat(CliRun.on(db, env, "--log-deal", "c-ada", "1200", "ai_automation", "--as-of", "2026-03-02T21:00:00Z").exitCode).isZero();
        assertThat(CliRun.on(db, env, "--log-deal", "c-ada", "3500", "ai_automation", "--event-type", "recurring_payment",
                "--as-of", "2026-03-03T20:01:00Z").exitCode).isZero();
        assertThat(new Fixtures(db).count("SELECT count(*) FROM actp_revenue_events")).isEqualTo(4);
    }

    @Test
    void everyDealOfTheDayGetsItsOwnAlert() {
        for (String[] deal : List.of(new String[] {"3500", "2026-03-02T10:00:00Z"}, new String[] {"1200", "2026-03-02T11:00:00Z"},
                new String[] {"3500", "2026-03-02T12:00:00Z"})) {
            CliRun run = CliRun.on(db, env, "--log-deal", "c-ada", deal[0], "ai_automation", "--allow-duplicate", "--as-of", deal[1]);
            assertThat(run.exitCode).as(run.toString()).isZero();
        }
        Fixtures f = new Fixtures(db);
        assertThat(f.count("SELECT count(*) FROM revops_alerts WHERE alert_type = 'deal_closed'")).isEqualTo(3);
        assertThat(f.texts("SELECT body FROM revops_outbox ORDER BY id")).hasSize(3)
                .allMatch(body -> body.contains("Deal closed: Contact c-ada") || body.contains("deal won"));
        assertThat(f.texts("SELECT subject FROM revops_alerts ORDER BY id"))
                .allMatch(subject -> subject.matches("Contact c-ada \\(c-ada\\), deal [0-9a-f]{8}"));
    }
}
