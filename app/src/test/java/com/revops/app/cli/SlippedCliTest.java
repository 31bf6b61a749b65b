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
 * {@code --forecast}'s slipped bucket end to end, as of 2026-04-01T00:00Z. Decision's advances took 1, 2, 3, 4 and
 * 10 days: p80 = the ⌈0.8 × 5⌉ = 4th shortest = 4 days. Open in decision: old 12 days ($3,500, ai_automation) and
 * mid 6.5 days (no offer: the catalog mean $2,124.25) are past it; fresh (2 days) is not. Total 3,500 + 2,124.25 =
 * $5,624.25.
 */
class SlippedCliTest {
    private static final String AS_OF = "2026-04-01T00:00:00Z";
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;

    private static Instant mar(int day) {
        return Instant.parse(String.format("2026-03-%02dT00:00:00Z", day));
    }

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = CliRun.environment(home, Map.of());
        Fixtures f = new Fixtures(db);
        int[] days = {1, 2, 3, 4, 10};
        for (int i = 0; i < days.length; i++) {
            UUID a = f.contact("a" + (i + 1), "call_booked", mar(1 + days[i]), mar(1), null);
            f.transition(a, "decision", "call_booked", mar(1 + days[i]));
        }
        f.contact("old", "decision", mar(20), mar(20), "ai_automation");
        f.contact("mid", "decision", Instant.parse("2026-03-25T12:00:00Z"), mar(25), null);
        f.contact("fresh", "decision", mar(30), mar(30), null);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theJsonListsTheSlippedWithTheirAgeAgainstTheStagesEightiethPercentile() {
        CliRun run = CliRun.on(db, env, "--forecast", "--json", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();
        JsonNode json = run.json();
        JsonNode slipped = json.get("slipped");
        assertThat(slipped).hasSize(2);
        assertThat(slipped.get(0).get("contact").asText()).isEqualTo("old");
        assertThat(slipped.get(0).get("stage").asText()).isEqualTo("decision");
        assertThat(slipped.get(0).get("age_days").decimalValue()).isEqualByComparingTo("12.0");
        assertThat(slipped.get(0).get("p80_days").decimalValue()).isEqualByComparingTo("4.0");
        assertThat(slipped.get(0).get("value").decimalValue()).isEqualByComparingTo("3500");
        assertThat(slipped.get(1).get("contact").asText()).isEqualTo("mid");
        assertThat(slipped.get(1).get("age_days").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(json.get("slipped_count").asLong()).isEqualTo(2);
        assertThat(json.get("slipped_total").decimalValue()).isEqualByComparingTo("5624.25");
        JsonNode decision = null;
        for (JsonNode rule : json.get("slipped_rules")) {
            if (rule.get("stage").asText().equals("decision")) {
                decision = rule;
            }
        }
        assertThat(decision).isNotNull();
        assertThat(decision.get("advanced_spells").asLong()).isEqualTo(5);
    }

    @Test
    void theBriefsTargetLineNamesTheSlippedTotal() {
        CliRun set = CliRun.on(db, env, "--target", "2026-04", "10000", "--as-of", AS_OF);
        assertThat(set.exitCode).as(set.toString()).isZero();
        assertThat(set.out).contains("of $10,000 in new deals in April").contains("; $5,624 of deals slipped");
        CliRun brief = CliRun.on(db, env, "--daily-brief", "--dry-run", "--as-of", AS_OF);
        assertThat(brief.exitCode).as(brief.toString()).isZero();
        assertThat(brief.out).contains("of $10,000 in new deals in April").contains("; $5,624 of deals slipped");
    }

    @Test
    void theTextSaysHowManyAndWhatTheyAreWorth() {
        CliRun run = CliRun.on(db, env, "--forecast", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Slipped: 2 contacts, $5,624").contains("Contact old");
    }
}
