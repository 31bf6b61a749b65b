package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.App;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.DatabaseFingerprint;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * Fault injection, bad input (issue 13 points 9 and 10): each input exits 2, names the field, shows no
 * SQL, and leaves every table as it was.
 */
@Tag("fault")
class BadInputFaultTest {
    private Database db;
    private RevopsEnvironment env;
    @TempDir
    Path home;

    @BeforeEach
    void seed() {
        db = TestDatabase.fresh();
        env = CliRun.environment(home, Map.of());
        new Fixtures(db).contact("c-ada", "call_booked", Instant.parse("2026-02-27T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"),
                "ai_automation");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void assertRefused(CliRun run, String field) {
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).as(run.toString()).startsWith("error: " + field + ":")
                .doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("insert ").doesNotContain("\tat ");
        assertThat(run.out).isEmpty();
    }

    @Test
    void asOfOutsideTheYears1970To9999IsRefused() {
        Map<String, String> before = DatabaseFingerprint.of(db);
        for (String asOf : new String[] {"+999999999-12-31T23:59:59Z", "-0001-01-01", "1969-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"}) {
            for (String[] command : new String[][] {{"--pipeline"}, {"--daily-brief"}, {"--log-deal", "c-ada", "3500", "ai_automation"}}) {
                String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--as-of", asOf))
                        .toArray(String[]::new);
                CliRun run = CliRun.on(db, env, args);
                assertRefused(run, "--as-of");
                assertThat(run.err).contains("is outside the years 1970–9999");
            }
        }
        assertThat(CliRun.on(db, env, "--pipeline", "--as-of", "1970-01-01T00:00:00Z").exitCode).isZero();
        assertThat(CliRun.on(db, env, "--pipeline", "--as-of", "9999-12-31T23:59:59Z").exitCode).isZero();
        assertThat(DatabaseFingerprint.of(db)).isEqualTo(before);
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresqlIsBadConfigurationNamingTheVariable() {
        for (String url : new String[] {"jdbc:mysql://localhost:3306/revops", "not a url"}) {
            RevopsEnvironment bad = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off",
                    "REVOPS_TZ", "UTC", "REVOPS_DB_URL", url), "linux", home);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = new Cli(bad, new PrintWriter(out, true), new PrintWriter(err, true),
                    clock -> App.forEnvironment(bad, clock)).run("--pipeline");
            CliRun run = CliRun.of(code, out.toString(), err.toString());
            assertRefused(run, "REVOPS_DB_URL");
        }
    }

    @Test
    void everyBadCsvExitsTwoNamesTheLineAndImportsNothing() throws java.io.IOException {
        Map<String, String> before = DatabaseFingerprint.of(db);
        Object[][] files = {
                {"crm_contacts", "empty.csv", "", "error: empty.csv: file is empty"},
                {"actp_revenue_events", "offer.csv", "event_type,amount,closed_at,offer_tag\ndeal_won,3500,2026-03-01T10:00:00Z,gold\n",
                        "line 2: offer_tag: unknown offer 'gold'"},
                {"actp_revenue_events", "comma.csv", "event_type,amount,closed_at\ndeal_won,\"1,000\",2026-03-01T10:00:00Z\n",
                        "line 2: amount: '1,000' is not a number"},
                {"actp_revenue_events", "row.csv", "event_type,amount,closed_at\nrefund,-5,2026-03-01T10:00:00Z\n",
                        "line 2: event_type: unknown event type 'refund'"},
                {"crm_contacts", "quote.csv", "external_id,name\nc-1,\"Ada\nc-2,Grace\n", "line 2: a quoted field starts here and is never closed"},
                {"actp_outreach_queue", "queue.csv", "action,message,status\ndm_send,Hi,sent\n", "line 2: status: 'sent' cannot be imported"},
                {"actp_approval_audit", "audit.csv", "queue_item_id,action,actor\n" + java.util.UUID.randomUUID() + ",approve,me\n",
                        "error: TABLE: 'actp_approval_audit' is the approval audit log"},
        };
        for (Object[] file : files) {
            Path path = java.nio.file.Files.writeString(home.resolve((String) file[1]), (String) file[2]);
            CliRun run = CliRun.on(db, env, "--import", (String) file[0], path.toString());
            assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err).as(run.toString()).contains((String) file[3]).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(DatabaseFingerprint.of(db)).as("after " + file[1]).isEqualTo(before);
        }
        // the row's second problem is listed too (amount must not be negative)
        CliRun both = CliRun.on(db, env, "--import", "actp_revenue_events", home.resolve("row.csv").toString());
        assertThat(both.err).contains("line 2: amount must not be negative");
    }

    @Test
    void withJsonEveryErrorIsAJsonDocumentOnStdout() throws java.io.IOException {
        CliRun amount = CliRun.on(db, env, "--log-deal", "c-ada", "abc", "ai_automation", "--json");
        assertThat(amount.exitCode).isEqualTo(2);
        assertThat(amount.json().get("error").get("code").asInt()).isEqualTo(2);
        assertThat(amount.json().get("error").get("field").asText()).isEqualTo("AMOUNT");
        assertThat(amount.json().get("error").get("message").asText()).isEqualTo("AMOUNT: 'abc' is not a number");
        assertThat(amount.err).isEqualTo("error: AMOUNT: 'abc' is not a number\n");

        Path bad = java.nio.file.Files.writeString(home.resolve("deals.csv"), "event_type,amount,closed_at\nrefund,-5,nope\ndeal_won,1,2026-03-01\n");
        CliRun csv = CliRun.on(db, env, "--import", "actp_revenue_events", bad.toString(), "--json");
        assertThat(csv.exitCode).isEqualTo(2);
        com.fasterxml.jackson.databind.JsonNode rows = csv.json().get("error").get("rows");
        assertThat(rows.findValuesAsText("problem")).containsExactlyInAnyOrder(
                "event_type: unknown event type 'refund'; expected one of deal_won, upsell, churn, recurring_payment",
                "closed_at: 'nope' is not an ISO-8601 timestamp (e.g. 2026-03-02T09:30:00Z)", "amount must not be negative");
        assertThat(rows.findValues("line")).allMatch(line -> line.asInt() == 2);

        CliRun parse = CliRun.on(db, env, "--pipeline", "--json", "--no-such-flag");
        assertThat(parse.exitCode).isEqualTo(2);
        assertThat(parse.json().get("error").get("message").asText()).contains("--no-such-flag");

        CliRun asOf = CliRun.on(db, env, "--pipeline", "--json", "--as-of", "-0001-01-01");
        assertThat(asOf.json().get("error").get("field").asText()).isEqualTo("--as-of");
    }
}
