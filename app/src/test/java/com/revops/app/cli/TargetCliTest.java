package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * {@code --target} and the forecast's {@code target} object end to end (real CLI, real PostgreSQL), as of
 * 2026-03-20T12:00Z in UTC: $1,000 of new deals on 3 Mar and a $200 recurring payment on 10 Mar are in; the month
 * ends 1 Apr 00:00, 11.5 days later → 12 whole days left. Open: Ada in decision ($3,500 offer).
 */
class TargetCliTest {
    static final String AS_OF = "2026-03-20T12:00:00Z";
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = CliRun.environment(home, Map.of());
        Fixtures f = new Fixtures(db);
        f.contact("c-ada", "decision", Instant.parse("2026-03-15T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        UUID won = f.contact("c-dee", "closed_won", Instant.parse("2026-03-03T12:00:00Z"), Instant.parse("2026-01-10T00:00:00Z"), "personal_brand");
        f.event(won, "deal_won", "1000", Instant.parse("2026-03-03T12:00:00Z"), "personal_brand", "linkedin", "coaching");
        f.event(won, "recurring_payment", "200", Instant.parse("2026-03-10T12:00:00Z"), "personal_brand", "linkedin", "coaching");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aTargetIsSetAndTheForecastReportsTheChanceOfHittingIt() {
        CliRun set = CliRun.on(db, env, "--target", "2026-03", "4000", "--json", "--as-of", AS_OF);
        assertThat(set.exitCode).as(set.toString()).isZero();
        JsonNode target = set.json().get("target");
        assertThat(target.get("month").asText()).isEqualTo("2026-03");
        assertThat(target.get("amount").decimalValue()).isEqualByComparingTo("4000");
        assertThat(target.get("mtd").decimalValue()).isEqualByComparingTo("1000"); // new deals only
        assertThat(target.get("recurring_mtd").decimalValue()).isEqualByComparingTo("200"); // beside it
        assertThat(target.get("days_left").asInt()).isEqualTo(12);
        // the gap ($3,000) needs Ada's $3,500 deal (or new leads): p_hit is her chance to close within 12 days, at most
        double pHit = target.get("p_hit").asDouble();
        assertThat(pHit).isBetween(0.0, 0.6);
        assertThat(target.get("deciders").get(0).get("name").asText()).isEqualTo("Contact c-ada");
        assertThat(target.get("expected_month_end").decimalValue()).isGreaterThan(new java.math.BigDecimal("1000"));

        JsonNode forecast = CliRun.on(db, env, "--forecast", "--json", "--as-of", AS_OF).json().get("target");
        assertThat(forecast.get("p_hit").asDouble()).isEqualTo(pHit); // the same seed, the same answer
        assertThat(forecast.has("coverage") && forecast.has("p10") && forecast.has("p90")).isTrue();
    }

    @Test
    void pHitFallsAsTheTargetRisesAndIsCertainOnceMet() {
        double low = pHit("1500");
        double high = pHit("8000");
        assertThat(low).isGreaterThanOrEqualTo(high);
        assertThat(pHit("900")).isEqualTo(1.0);
        // one target per month: the last one set counts
        assertThat(CliRun.on(db, env, "--forecast", "--json", "--as-of", AS_OF).json().get("target").get("amount").decimalValue())
                .isEqualByComparingTo("900");
    }

    private static double pHit(String target) {
        CliRun run = CliRun.on(db, env, "--target", "2026-03", target, "--json", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();
        return run.json().get("target").get("p_hit").asDouble();
    }

    @Test
    void badMonthsAndAmountsAreRefusedNamingTheOptionAndChangeNothing() {
        for (String[] bad : new String[][] {{"2026-13", "1000"}, {"March", "1000"}, {"2026-03", "1,000"}, {"2026-03", "0"},
                {"2026-03", "-5"}, {"2026-03", "12.345"}, {"0999-03", "1000"}}) {
            CliRun run = CliRun.on(db, env, "--target", bad[0], bad[1], "--as-of", AS_OF);
            assertThat(run.exitCode).as(String.join(" ", bad) + ": " + run).isEqualTo(2);
            assertThat(run.err).contains("--target");
        }
        assertThat(targets("2026-04-01")).isZero();
    }

    @Test
    void aDryRunSetsNothing() {
        CliRun run = CliRun.on(db, env, "--target", "2027-01", "5000", "--dry-run", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(targets("2027-01-01")).isZero();
    }

    private static long targets(String month) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM revops_targets WHERE month = CAST(:m AS date)")
                .bind("m", month).mapTo(Long.class).one());
    }
}
