package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.app.fixtures.CreditLedger;
import com.revops.app.fixtures.MachineFixtures;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/**
 * {@code --credits}, {@code --credit-route} and {@code --cache-fresh} end to end in Europe/Berlin
 * (UTC+1 in early March), with the migration's budgets ($15 a day, $400 a month, warning at 80%)
 * and routing table (seven non-critical task types, revenue_report critical).
 * <p>
 * The ledger (Berlin time): Feb 28 23:30 research_synthesis $7.00 (February); Mar 1 23:30
 * content_review $5.00 (yesterday); Mar 2 00:30 draft_generation $11.99 — still Mar 1 in UTC —
 * 11:00 draft_generation $0.01, 12:00 research_synthesis $2.99, 13:00 revenue_report $0.01.
 * So today stands at $11.99 until 11:00, $12.00 (exactly 80%) until 12:00, $14.99 until 13:00,
 * then $15.00 (exactly 100%).
 */
class CreditsCliTest {
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = CliRun.environment(home, Map.of("REVOPS_TZ", "Europe/Berlin"));
        CreditLedger.write(db);
        new MachineFixtures(db)
                .marketItem("ai_automation", Instant.parse("2026-03-01T08:00:00Z"))
                .marketItem("ai_automation", Instant.parse("2026-03-02T09:00:00Z"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void todaysLevelTurnsToWarningAtExactlyEightyPercentAndExceededAtExactlyOneHundred() {
        // 11.99 / 15 = 79.93% → ok; 12.00 / 15 = 80% → warning; 14.99 → 99.93% warning; 15.00 → exceeded
        assertThat(today("2026-03-02T09:30:00Z")).containsExactly("11.99", "ok");
        assertThat(today("2026-03-02T10:30:00Z")).containsExactly("12.00", "warning");
        assertThat(today("2026-03-02T11:30:00Z")).containsExactly("14.99", "warning");
        assertThat(today("2026-03-02T12:30:00Z")).containsExactly("15.00", "exceeded");
    }

    @Test
    void creditsJsonGivesTheMonthByModelAndTaskTypeAndTheProjection() {
        JsonNode json = CliRun.on(db, env, "--credits", "--json", "--as-of", "2026-03-02T12:30:00Z").json();
        assertThat(json.at("/today/share").decimalValue()).isEqualByComparingTo("1");
        assertThat(json.at("/today/date").asText()).isEqualTo("2026-03-02");
        // the month (Berlin): 5.00 + 11.99 + 0.01 + 2.99 + 0.01 = 20.00 of 400 = 5%; February's $7 is not in it
        assertThat(json.at("/month/month").asText()).isEqualTo("2026-03");
        assertThat(json.at("/month/spent").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(json.at("/month/share").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(json.at("/month/level").asText()).isEqualTo("ok");
        // March in Berlin is 743 h (summer time from the 29th); 37.5 h elapsed since Feb 28 23:00Z: 20 × 743 / 37.5 = 396.2667
        // → $396.27, at least 80% of $400: warning
        assertThat(json.at("/month/projected_month_end").decimalValue()).isEqualByComparingTo("396.27");
        assertThat(json.at("/month/projected_level").asText()).isEqualTo("warning");
        // by model: haiku 5 + 11.99 + 0.01 = 17.00, sonnet 2.99 + 0.01 = 3.00 (largest first)
        assertThat(pairs(json.get("by_model"), "model")).containsExactly("haiku=17.00", "sonnet=3.00");
        assertThat(pairs(json.get("by_task_type"), "task_type"))
                .containsExactly("draft_generation=12.00", "content_review=5.00", "research_synthesis=2.99", "revenue_report=0.01");
        // every non-critical task type is suspended until local midnight (23:00Z); revenue_report goes on
        List<String> suspended = new ArrayList<>();
        json.get("suspended").forEach(s -> suspended.add(s.get("task_type").asText()));
        assertThat(suspended).hasSize(7).doesNotContain("revenue_report").contains("draft_generation", "architecture_planning");
        assertThat(json.get("suspended_until").asText()).isEqualTo("2026-03-02T23:00:00Z");
    }

    @Test
    void theHumanSummaryShowsTheLevelsAndTheSuspension() {
        CliRun run = CliRun.on(db, env, "--credits", "--as-of", "2026-03-02T12:30:00Z");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("$15", "100.0%", "exceeded", "$396.27", "SUSPENDED now: ", "until Tue 3 Mar 2026, 00:00 CET");
    }

    @Test
    void creditRouteGivesTheModelBelowTheLimitAndExitsFourAtIt() {
        CliRun below = CliRun.on(db, env, "--credit-route", "draft_generation", "--as-of", "2026-03-02T11:30:00Z");
        assertThat(below.exitCode).as(below.toString()).isZero();
        assertThat(below.out.strip()).isEqualTo("haiku");

        CliRun at = CliRun.on(db, env, "--credit-route", "draft_generation", "--as-of", "2026-03-02T12:30:00Z");
        assertThat(at.exitCode).as(at.toString()).isEqualTo(ExitCode.SUSPENDED);
        assertThat(at.out).isEmpty();
        assertThat(at.err).contains("suspended: draft_generation", "daily AI budget reached ($15.00 of $15.00)", "resumes Tue 3 Mar 2026, 00:00 CET");

        JsonNode json = CliRun.on(db, env, "--credit-route", "draft_generation", "--json", "--as-of", "2026-03-02T12:30:00Z").json();
        assertThat(json.get("suspended").asBoolean()).isTrue();
        assertThat(json.get("model").asText()).isEqualTo("haiku");
        assertThat(json.get("resumes_at").asText()).isEqualTo("2026-03-02T23:00:00Z");
    }

    @Test
    void criticalWorkIsNeverSuspended() {
        CliRun run = CliRun.on(db, env, "--credit-route", "revenue_report", "--as-of", "2026-03-02T12:30:00Z");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out.strip()).isEqualTo("sonnet");
    }

    @Test
    void theSuspensionLiftsAtLocalMidnight() {
        // 23:59:59 in Berlin: still the same budget day
        CliRun before = CliRun.on(db, env, "--credit-route", "draft_generation", "--as-of", "2026-03-02T22:59:59Z");
        assertThat(before.exitCode).as(before.toString()).isEqualTo(ExitCode.SUSPENDED);
        // 00:00:01 on 3 March in Berlin (still 2 March in UTC): a new day, nothing spent
        CliRun after = CliRun.on(db, env, "--credit-route", "draft_generation", "--as-of", "2026-03-02T23:00:01Z");
        assertThat(after.exitCode).as(after.toString()).isZero();
        assertThat(after.out.strip()).isEqualTo("haiku");
        assertThat(today("2026-03-02T23:00:01Z")).containsExactly("0.00", "ok");
    }

    @Test
    void anUnknownTaskTypeIsBadInputListingTheKnownOnes() {
        CliRun run = CliRun.on(db, env, "--credit-route", "poetry", "--as-of", "2026-03-02T12:30:00Z");
        assertThat(run.exitCode).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err).contains("unknown task type 'poetry'", "draft_generation", "revenue_report");
    }

    @Test
    void cacheIsFreshAtTwentyThreeHoursFiftyNineAndStaleAtTwentyFour() {
        // newest item at or before as_of: 2026-03-01T08:00Z (the one at 2026-03-02T09:00Z lies after it)
        CliRun fresh = CliRun.on(db, env, "--cache-fresh", "ai_automation", "--as-of", "2026-03-02T07:59:00Z");
        assertThat(fresh.exitCode).as(fresh.toString()).isZero();
        assertThat(fresh.out.strip()).isEqualTo("fresh: 'ai_automation' updated 23 h 59 min ago (under 24 h): use the cache");
        CliRun stale = CliRun.on(db, env, "--cache-fresh", "ai_automation", "--as-of", "2026-03-02T08:00:00Z");
        assertThat(stale.exitCode).as(stale.toString()).isEqualTo(1);
        assertThat(stale.out.strip()).isEqualTo("stale: 'ai_automation' updated 24 h 0 min ago (24 h or more): refresh it");
        // once the newer item exists it is fresh again; the topic matches without regard to case
        assertThat(CliRun.on(db, env, "--cache-fresh", "AI_Automation", "--as-of", "2026-03-02T09:30:00Z").exitCode).isZero();
    }

    @Test
    void aTopicWithoutItemsIsNotFresh() {
        CliRun run = CliRun.on(db, env, "--cache-fresh", "poetry", "--as-of", "2026-03-02T07:59:00Z");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out.strip()).isEqualTo("no items for topic 'poetry'");
    }

    private static List<String> today(String asOf) {
        JsonNode json = CliRun.on(db, env, "--credits", "--json", "--as-of", asOf).json();
        return List.of(json.at("/today/spent").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), json.at("/today/level").asText());
    }

    private static List<String> pairs(JsonNode lines, String key) {
        List<String> pairs = new ArrayList<>();
        lines.forEach(l -> pairs.add(l.get(key).asText() + "=" + l.get("spent").decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        return pairs;
    }
}
