package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * {@code --call} and the forecast's "model + your calls" end to end, as of 2026-03-20T12:00Z on a two-contact
 * pipeline: A (ai_automation $3,500) and B (personal_brand $997), both in decision since as_of, first contacted in
 * January (no new leads), no history (PRD-046 priors: G30 = 0.1263735027 each). The model's 30 days:
 * 4497 × 0.1263735027 = 568.30. A commit and B out: exactly A's $3,500, P10 = P50 = P90 = 3500.
 */
class CallCliTest {
    private static final String AS_OF = "2026-03-20T12:00:00Z";
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = CliRun.environment(home, Map.of());
        Fixtures f = new Fixtures(db);
        f.contact("c-a", "decision", Instant.parse(AS_OF), Instant.parse("2026-01-05T00:00:00Z"), "ai_automation");
        f.contact("c-b", "decision", Instant.parse(AS_OF), Instant.parse("2026-01-06T00:00:00Z"), "personal_brand");
        f.contact("c-won", "closed_won", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-01-07T00:00:00Z"), null);
    }

    @BeforeEach
    void noCalls() {
        db.jdbi().useHandle(h -> h.execute("DELETE FROM revops_forecast_calls"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void callsShowBesideTheModelInTheForecast() {
        assertThat(call("c-a", "commit").exitCode).isZero();
        CliRun out = call("c-b", "OUT");
        assertThat(out.exitCode).as(out.toString()).isZero();
        assertThat(out.out).contains("Your call on Contact c-b: out");

        JsonNode json = CliRun.on(db, env, "--forecast", "--json", "--as-of", AS_OF).json();
        assertThat(json.get("forecast_30").doubleValue()).isCloseTo(568.30, within(0.005));
        JsonNode with = json.get("with_calls");
        assertThat(with.get("commit").asInt()).isEqualTo(1);
        assertThat(with.get("out").asInt()).isEqualTo(1);
        assertThat(with.get("forecast_30").decimalValue()).isEqualByComparingTo("3500");
        assertThat(with.get("interval_30").get("p10").decimalValue()).isEqualByComparingTo("3500");
        assertThat(with.get("interval_30").get("p90").decimalValue()).isEqualByComparingTo("3500");
        JsonNode methods = json.get("methods");
        assertThat(methods.get(3).get("name").asText()).isEqualTo("with_calls");
        assertThat(methods.get(3).get("forecast_30").decimalValue()).isEqualByComparingTo("3500");
        assertThat(json.get("contacts").findValuesAsText("call")).containsExactlyInAnyOrder("commit", "out");

        String text = CliRun.on(db, env, "--forecast", "--as-of", AS_OF).out;
        assertThat(text).contains("Your calls: 1 commit, 0 upside, 1 out").contains("Model + your calls");
    }

    @Test
    void clearRemovesTheCall() {
        call("c-a", "upside");
        CliRun cleared = CliRun.on(db, env, "--call", "c-a", "clear", "--json", "--as-of", AS_OF);
        assertThat(cleared.exitCode).as(cleared.toString()).isZero();
        assertThat(cleared.json().get("before").asText()).isEqualTo("upside");
        assertThat(cleared.json().get("call").isNull()).isTrue();
        assertThat(calls()).isZero();
    }

    @Test
    void badCallsUnknownOrClosedContactsExitTwoAndChangeNothing() {
        call("c-a", "commit");
        CliRun maybe = call("c-b", "maybe");
        assertThat(maybe.exitCode).isEqualTo(2);
        assertThat(maybe.err).contains("--call").contains("commit, upside, out or clear");
        CliRun unknown = call("nobody", "commit");
        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err).contains("no contact with id or external id 'nobody'");
        CliRun closed = call("c-won", "out");
        assertThat(closed.exitCode).isEqualTo(2);
        assertThat(closed.err).contains("closed_won");
        assertThat(calls()).isEqualTo(1);
    }

    @Test
    void aDryRunCallsNothing() {
        CliRun run = CliRun.on(db, env, "--call", "c-a", "commit", "--dry-run", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(calls()).isZero();
    }

    private static CliRun call(String contact, String call) {
        return CliRun.on(db, env, "--call", contact, call, "--as-of", AS_OF);
    }

    private static long calls() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM revops_forecast_calls").mapTo(Long.class).one());
    }
}
