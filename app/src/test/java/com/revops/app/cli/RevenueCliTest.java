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

    @Test
    void forecastJsonGivesTheSpecsExample() {
        // ada: 3500 × 0.40 × 0.35 = 490 (remaining 15 days); bob, cy: cold, remaining 57 - days in stage (5 and 4) > 30
        // → 2 × 2124.25 × 0.001575 = 6.6913875 only from 60 days on
        JsonNode json = CliRun.on(db, env, "--forecast", "--json", "--as-of", AS_OF).json();
        assertThat(json.get("forecast_30").decimalValue()).isEqualByComparingTo("490.00");
        assertThat(json.get("forecast_60").decimalValue()).isEqualByComparingTo("496.69");
        assertThat(json.get("forecast_90").decimalValue()).isEqualByComparingTo("496.69");
        assertThat(json.get("weighted_pipeline").decimalValue()).isEqualByComparingTo("496.69");
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
