package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

/** The revenue commands of SPEC §5 end to end: real CLI, real PostgreSQL, hand-worked numbers. */
class RevenueCliTest {
    static final String AS_OF = "2026-03-02T07:30:00Z";
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = CliRun.environment(home, Map.of());
        Fixtures f = new Fixtures(db);
        // the SPEC's example: a decision contact with a $3,500 offer entered today
        f.contact("c-ada", "decision", Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        // two cold contacts without offer: 2 × 2124.25
        f.contact("c-bob", "cold", Instant.parse("2026-02-25T00:00:00Z"), Instant.parse("2026-02-25T00:00:00Z"), null);
        f.contact("c-cy", "cold", Instant.parse("2026-02-26T00:00:00Z"), Instant.parse("2026-02-26T00:00:00Z"), null);
        UUID won = f.contact("c-dee", "closed_won", Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-01-10T00:00:00Z"), "personal_brand");
        f.event(won, "deal_won", "997", Instant.parse("2026-03-01T12:00:00Z"), "personal_brand", "linkedin", "coaching");
        f.event(won, "deal_won", "2500", Instant.parse("2026-02-28T12:00:00Z"), "safari_automation", "twitter", "saas");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void pipelineJsonHasTheSpecKeysAndTotalsEqualTheSumOfStages() {
        CliRun run = CliRun.on(db, env, "--pipeline", "--json", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode json = run.json();
        BigDecimal sum = BigDecimal.ZERO;
        long contacts = 0;
        for (JsonNode stage : json.get("stages")) {
            assertThat(stage.has("stage") && stage.has("contacts") && stage.has("value")).isTrue();
            sum = sum.add(stage.get("value").decimalValue());
            contacts += stage.get("contacts").asLong();
        }
        assertThat(json.get("total_value").decimalValue()).isEqualByComparingTo(sum).isEqualByComparingTo("7748.50"); // 3500 + 2 × 2124.25
        assertThat(json.get("total_contacts").asLong()).isEqualTo(contacts).isEqualTo(3);
    }

    /*
     * stage_velocity, the SPEC's example: ada 3500 × 0.40 × 0.35 = 490 (remaining 15 days); bob, cy: cold, remaining
     * 57 − days in stage (5.3 and 4.3) > 30 → 2 × 2124.25 × 0.001575 = 6.6913875 only from 60 days on.
     *
     * hazard (the headline): no spell has ended, so every stage uses the PRD-046 priors, shrunk by its own censored days.
     * ada sits in decision 0.3125 days (entered 00:00, as_of 07:30): bin 0 has E = 0.3125, so λ0 = 0.1 · 30/30.3125 =
     * 0.0989690722 on day 1, then the prior λ = 0.1 (0.04 ahead, 0.06 lost); call_booked keeps λ = 0.2 (0.07 won).
     * A move during day 1 leaves 29–30 days (½[F_cb(29) + F_cb(30)], F_cb(x) = 0.35·(1 − e^−0.2x)); staying, the contact
     * faces the priors for 29 days (G_prior of CloseChancesTest with H = 29):
     *  G = (1 − e^−λ0)·0.4 · ½[F_cb(29) + F_cb(30)] + e^−λ0 · 0.14·[(1 − e^−2.9) − ½(1 + e^−0.2)(e^−2.8 − e^−5.7)]
     *    = 0.0942292789 · 0.4 · 0.3490364 + 0.9057707211 · 0.1249809287
     *    = 0.0131557792 + 0.1132040660 = 0.1263598451 → 3500 · G = 442.26
     * bob and cy (cold) can add at most their whole chance 2 × 2124.25 × 0.001575 = 6.69; the three are also the
     * trailing 28 days' new leads, reported apart in new_leads_30 (and included in forecast_30).
     */
    @Test
    void forecastJsonGivesTheHazardHeadlineAndTheSpecsStageVelocityExample() {
        JsonNode json = CliRun.on(db, env, "--forecast", "--json", "--as-of", AS_OF).json();

        BigDecimal open30 = json.get("forecast_30").decimalValue().subtract(json.get("new_leads_30").decimalValue());
        assertThat(open30).isBetween(new BigDecimal("442.25"), new BigDecimal("448.96"));
        assertThat(json.get("new_leads_30").decimalValue()).isPositive();
        assertThat(json.get("forecast_90").decimalValue()).isGreaterThan(json.get("forecast_60").decimalValue());
        assertThat(json.get("total_30").decimalValue()).isEqualByComparingTo(json.get("forecast_30").decimalValue()
                .add(json.get("recurring_30").decimalValue()));
        JsonNode interval = json.get("interval_30");
        assertThat(interval.get("p10").decimalValue()).isLessThanOrEqualTo(interval.get("p50").decimalValue());
        assertThat(interval.get("p50").decimalValue()).isLessThanOrEqualTo(interval.get("p90").decimalValue());

        JsonNode methods = json.get("methods");
        assertThat(methods).extracting(m -> m.get("name").asText()).containsExactly("hazard", "stage_velocity", "run_rate", "with_calls");
        assertThat(methods.get(0).get("forecast_30").decimalValue()).isEqualByComparingTo(json.get("forecast_30").decimalValue());
        JsonNode velocity = methods.get(1);
        assertThat(velocity.get("forecast_30").decimalValue()).isEqualByComparingTo("490.00");
        assertThat(velocity.get("forecast_60").decimalValue()).isEqualByComparingTo("496.69");
        assertThat(velocity.get("forecast_90").decimalValue()).isEqualByComparingTo("496.69");
        assertThat(json.get("weighted_pipeline").decimalValue()).isEqualByComparingTo("496.69");
        // run_rate: deal_won of the trailing 90 days 997 + 2500 = 3497 → × 30/90
        assertThat(methods.get(2).get("forecast_30").decimalValue()).isEqualByComparingTo("1165.67");
        assertThat(methods.get(0).get("wape_30").isNull()).isTrue();
        assertThat(methods.get(0).get("judged_30").asInt()).isZero();

        JsonNode contacts = json.get("contacts");
        assertThat(contacts).extracting(c -> c.get("contact").asText()).containsExactly("c-ada", "c-bob", "c-cy");
        assertThat(contacts.get(0).get("stage").asText()).isEqualTo("decision");
        assertThat(contacts.get(0).get("age_days").decimalValue()).isEqualByComparingTo("0.3");
        assertThat(contacts.get(0).get("p_close_30").doubleValue()).isCloseTo(0.1263598451, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(contacts.get(0).get("expected_30").decimalValue()).isEqualByComparingTo("442.26");
    }

    @Test
    void backtestOptionsGoOnlyWithTheForecastAndAreChecked() {
        CliRun badFrom = CliRun.on(db, env, "--forecast", "--backtest", "--from", "last week", "--as-of", AS_OF);
        assertThat(badFrom.exitCode).isEqualTo(2);
        assertThat(badFrom.err).contains("--from").contains("YYYY-MM-DD");
        CliRun badEvery = CliRun.on(db, env, "--forecast", "--backtest", "--every", "0", "--as-of", AS_OF);
        assertThat(badEvery.exitCode).isEqualTo(2);
        assertThat(badEvery.err).contains("--every").contains("at least 1");
        assertThat(CliRun.on(db, env, "--pipeline", "--backtest").exitCode).isEqualTo(2);
        assertThat(CliRun.on(db, env, "--forecast", "--every", "3").err).contains("--forecast --backtest");
        // the first contact is 10 Jan; the backtest starts 90 days later (10 April), after as_of: nothing to judge
        CliRun backtest = CliRun.on(db, env, "--forecast", "--backtest", "--json", "--as-of", AS_OF);
        assertThat(backtest.exitCode).as(backtest.toString()).isZero();
        assertThat(backtest.json().get("instants").asInt()).isZero();
        assertThat(backtest.json().get("methods")).hasSize(3);
        CliRun fromJanuary = CliRun.on(db, env, "--forecast", "--backtest", "--from", "2026-01-10", "--every", "7", "--as-of", AS_OF);
        assertThat(fromJanuary.exitCode).as(fromJanuary.toString()).isZero();
        // 10, 17, 24, 31 Jan are 30 days before 2 March 07:30 (31 Jan 00:00 ≤ 31 Jan 07:30)
        assertThat(fromJanuary.out).contains("at 4 instants, every 7 days").contains("not enough history");
    }

    @Test
    void mtdCountsThisMonthsDealsInTheOperatorsZone() {
        JsonNode json = CliRun.on(db, env, "--mtd", "--json", "--as-of", AS_OF).json();
        assertThat(json.get("month").asText()).isEqualTo("2026-03");
        assertThat(json.get("revenue").decimalValue()).isEqualByComparingTo("997.00");
        assertThat(json.get("deals_closed").asInt()).isEqualTo(1);
        // in Los Angeles, 28 Feb 12:00Z … is still February, and 1 Mar 12:00Z is 1 March 04:00 local
        RevopsEnvironment la = CliRun.environment(home, Map.of("REVOPS_TZ", "America/Los_Angeles"));
        JsonNode local = CliRun.on(db, la, "--mtd", "--json", "--as-of", AS_OF).json();
        assertThat(local.get("revenue").decimalValue()).isEqualByComparingTo("997.00");
        JsonNode early = CliRun.on(db, la, "--mtd", "--json", "--as-of", "2026-03-01T07:59:00Z").json();
        assertThat(early.get("month").asText()).isEqualTo("2026-02");
        assertThat(early.get("revenue").decimalValue()).isEqualByComparingTo("2500.00");
    }

    @Test
    void conversionRatesAndVelocityAnswerWithTheirJsonKeys() {
        JsonNode rates = CliRun.on(db, env, "--conversion-rates", "--json", "--as-of", AS_OF).json();
        assertThat(rates.get("steps")).hasSize(5);
        assertThat(rates.get("steps").get(0).get("from").asText()).isEqualTo("cold");
        assertThat(rates.get("steps").get(4).get("to").asText()).isEqualTo("closed_won");
        assertThat(rates.get("steps").get(3).get("rate").decimalValue()).isEqualByComparingTo("0.4");
        JsonNode velocity = CliRun.on(db, env, "--velocity", "--json", "--as-of", AS_OF).json();
        assertThat(velocity.get("stages")).hasSize(5);
        assertThat(velocity.get("stages").get(0).get("avg_days").decimalValue()).isEqualByComparingTo("7");
        assertThat(velocity.has("velocity_per_day")).isTrue();
    }

    @Test
    void theDispatcherFormRunsTheSameCommands() {
        CliRun direct = CliRun.on(db, env, "--pipeline", "--json", "--as-of", AS_OF);
        CliRun dispatched = CliRun.on(db, env, "--domain", "revenue_ops", "--task", "pipeline", "--json", "--as-of", AS_OF);
        assertThat(dispatched.out).isEqualTo(direct.out);
        assertThat(CliRun.on(db, env, "--domain", "revenue_ops", "--task", "dance").exitCode).isEqualTo(2);
        assertThat(CliRun.on(db, env, "--domain", "sales", "--task", "pipeline").exitCode).isEqualTo(2);
    }

    @Test
    void badAsOfAndTwoCommandsAtOnceAreBadInput() {
        CliRun badDate = CliRun.on(db, env, "--pipeline", "--as-of", "yesterday");
        assertThat(badDate.exitCode).isEqualTo(2);
        assertThat(badDate.err).contains("--as-of").contains("ISO-8601");
        CliRun two = CliRun.on(db, env, "--pipeline", "--mtd");
        assertThat(two.exitCode).isEqualTo(2);
        assertThat(two.err).contains("one command at a time");
        assertThat(CliRun.on(db, env, "--no-such-flag").exitCode).isEqualTo(2);
    }

    @Test
    void everyCommandAnswersInBothForms() {
        for (String command : new String[] {"--pipeline", "--forecast", "--conversion-rates", "--velocity", "--mtd", "--offer-performance",
                "--top-sources", "--status"}) {
            CliRun text = CliRun.on(db, env, command, "--as-of", AS_OF);
            assertThat(text.exitCode).as(command + "\n" + text).isZero();
            assertThat(text.out).isNotBlank();
            CliRun json = CliRun.on(db, env, command, "--json", "--as-of", AS_OF);
            assertThat(json.exitCode).as(command).isZero();
            assertThat(json.json().isObject()).isTrue();
        }
    }
}
