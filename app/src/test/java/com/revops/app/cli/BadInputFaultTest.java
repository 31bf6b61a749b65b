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

import com.revops.app.AppServices;
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
                    clock -> AppServices.forEnvironment(bad, clock)).run("--pipeline", "--json");
            CliRun run = CliRun.of(code, out.toString(), err.toString());
            assertRefused(run, "REVOPS_DB_URL");
        }
    }
}
