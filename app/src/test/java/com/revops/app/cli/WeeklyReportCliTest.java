package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.domain.common.Money;
import com.revops.domain.forecast.ForecastWords;
import com.revops.domain.forecast.Interval;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** {@code --weekly-report}: the whole report worked out by hand on a two-contact history, sent through a real HTTP server. */
class WeeklyReportCliTest {
    private static final String AS_OF = "2026-03-02T07:30:00Z";
    private Database db;
    private MockWebServer telegram;
    @TempDir
    Path home;

    @BeforeEach
    void start() throws IOException {
        db = TestDatabase.fresh();
        telegram = new MockWebServer();
        telegram.start();
        Fixtures f = new Fixtures(db);
        // c-1 waits in decision (no transitions, never touched); c-2 went cold → … → closed_won and paid $3,500 on Mar 1
        f.contact("c-1", "decision", Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        UUID won = f.contact("c-2", "closed_won", Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), "ai_automation");
        f.path(won, new String[] {"cold", "awareness", "consideration", "decision", "call_booked", "closed_won"},
                new Instant[] {Instant.parse("2026-02-03T00:00:00Z"), Instant.parse("2026-02-10T00:00:00Z"), Instant.parse("2026-02-17T00:00:00Z"),
                        Instant.parse("2026-02-24T00:00:00Z"), Instant.parse("2026-03-01T12:00:00Z")});
        f.event(won, "deal_won", "3500", Instant.parse("2026-03-01T12:00:00Z"), "ai_automation", "twitter", "agencies");
    }

    @AfterEach
    void stop() throws IOException {
        telegram.shutdown();
        db.close();
    }

    private RevopsEnvironment configured() {
        return CliRun.withTelegram(home, telegram);
    }

    /*
     * Worked by hand from SPEC §4 on the two contacts above:
     * - conversion: c-2 entered and converted every step; c-1 entered decision but still sits there (not resolved).
     *   observed 1/1 = 100% everywhere; blended (1 + 20·prior) / 21: cold 7/21 = 33.3%, awareness 4/21 = 19.0%,
     *   consideration 6/21 = 28.6%, decision 9/21 = 42.9%, call booked 8/21 = 38.1%.
     * - forecast: the hazard headline with its range, as --forecast --json gives it at the same as_of (RevenueCliTest
     *   works the hazard method by hand); no recurring payments. Weighted pipeline (stage_velocity): P(decision) =
     *   9/21 · 8/21 = 72/441; c-1 is worth 3500 · 72/441 = $571.43.
     * - accuracy: no snapshot, so none of the 8 judged forecasts the ledger needs.
     *   $571 in the report's whole dollars.
     * - MTD March: the $3,500 deal_won on Mar 1. Offers: ai_automation 1 deal ÷ 2 pipeline entries = 50%; cost: c-2's call
     *   booked on Feb 24 is 45 min of the operator's time at $100/h = $75, so ROI = (3500 − 75) ÷ 75 = 45.7×.
     * - recommendations (rules): the silent decision contact, the top offer, the best source — three.
     */
    private String expected() {
        JsonNode f = CliRun.on(db, CliRun.environment(home, Map.of()), "--forecast", "--json", "--as-of", AS_OF).json();
        JsonNode range = f.get("interval_30");
        String line = "<b>Forecast</b>: 30d " + ForecastWords.headline(f.get("forecast_30").decimalValue(), Optional.of(new Interval(
                range.get("p10").decimalValue(), range.get("p50").decimalValue(), range.get("p90").decimalValue())))
                + " · 60d " + Money.format(f.get("forecast_60").decimalValue()) + " · 90d " + Money.format(f.get("forecast_90").decimalValue())
                + " · recurring 30d $0 · weighted $571";
        assertThat(f.get("weighted_pipeline").decimalValue()).isEqualByComparingTo("571.43");
        return EXPECTED.replace("FORECAST_LINE", line);
    }

    static final String EXPECTED = """
            📊 <b>Weekly Revenue Report — week ending Mar 2, 2026</b>
            ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            Pipeline: <b>$3,500</b> (1 contact)
            MTD Revenue: $3,500 · deals 1 · churn $0

            <b>Conversion</b> (observed → blended)
              • Cold → Awareness: 100.0% → 33.3% (n=1)
              • Awareness → Consideration: 100.0% → 19.0% (n=1)
              • Consideration → Decision: 100.0% → 28.6% (n=1)
              • Decision → Call booked: 100.0% → 42.9% (n=1)
              • Call booked → Closed won: 100.0% → 38.1% (n=1)

            <b>Top sources</b> (90 days, $3,500 from 1 deal)
              • twitter: $3,500 (1 deal)
              • niche agencies: $3,500

            <b>Offers</b> (90 days, $3,500 in all: revenue · conversion · ROI)
              • ai_automation: $3,500 · 50.0% · 45.7×

            FORECAST_LINE
            Accuracy: not enough history yet (0 of 8 past 30-day forecasts judged)

            <b>AI credits</b>: $0.00 this week · $0.00 of $400.00 this month · projected $0.00

            <b>Recommendations</b> (rule-based)
            1. Call or message the 1 decision-stage contact silent for 3+ days — $3,500 of potential is cooling.
            2. Double down on ai_automation: $3,500 in 90 days at 50% conversion and 45.7× ROI — give it the next content slots and DM openers.
            3. Best source is twitter → agencies ($3,500 in 90 days): publish two more posts a week there.""";

    @Test
    void dryRunPrintsTheReportWorkedByHandAndSendsNothing() {
        CliRun run = CliRun.on(db, configured(), "--weekly-report", "--dry-run", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();
        // the report is shown once, word for word, as the message the dry run would queue
        String expected = expected();
        assertThat(run.out).startsWith(DryRunReport.HEADER + "\n\n(dry run: not sent)\n")
                .contains("It would queue 1 Telegram message and send it at once:\n\n[weekly_report:2026-03-02]\n" + expected + "\n")
                .endsWith(expected + "\n");
        assertThat(new Fixtures(db).count("SELECT count(*) FROM revops_outbox")).isZero();
        assertThat(telegram.getRequestCount()).isZero();
    }

    @Test
    void sendsTheReportOnceADayAndAnswersInJson() throws Exception {
        telegram.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":77}}"));
        CliRun run = CliRun.on(db, configured(), "--weekly-report", "--json", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();

        JsonNode body = CliSession.mapper().readTree(telegram.takeRequest().getBody().readUtf8());
        assertThat(body.get("chat_id").asText()).isEqualTo("-100777");
        assertThat(body.get("parse_mode").asText()).isEqualTo("HTML");
        assertThat(body.get("text").asText()).isEqualTo(expected());

        JsonNode json = run.json();
        assertThat(json.get("week_ending").asText()).isEqualTo("2026-03-02");
        assertThat(json.get("recommendations")).hasSize(3);
        assertThat(json.get("recommendations").get(0).asText()).startsWith("Call or message the 1 decision-stage contact");
        assertThat(json.get("recommendations_source").asText()).isEqualTo("rule-based");
        assertThat(json.get("text").asText()).isEqualTo(expected());
        assertThat(json.get("delivery").asText()).isEqualTo("sent to Telegram");

        CliRun again = CliRun.on(db, configured(), "--weekly-report", "--as-of", "2026-03-02T09:00:00Z");
        assertThat(again.exitCode).as(again.toString()).isZero();
        assertThat(again.out).contains("this week's report was already sent today; not sent again");
        assertThat(telegram.getRequestCount()).isEqualTo(1);
    }

    /** A fresh install without Telegram (PRD-046 "runs cleanly"; SPEC §9 "queued, not lost"): exit 0, the report waits in the outbox. */
    @Test
    void withoutTelegramTheReportIsQueuedUntilTelegramIsConfigured() {
        for (String[] args : new String[][] {{"--weekly-report"}, {"--domain", "revenue_ops", "--task", "report"}}) {
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--as-of", AS_OF))
                    .toArray(String[]::new);
            CliRun run = CliRun.on(db, CliRun.environment(home, Map.of()), all);
            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(run.err).isEmpty();
        }
        assertThat(new Fixtures(db).text("SELECT status || ': ' || last_error FROM revops_outbox WHERE kind = 'weekly_report'"))
                .startsWith("pending: waiting for configuration: Telegram is not configured");
        // once Telegram is configured, the next delivery sends it
        telegram.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":78}}"));
        CliRun later = CliRun.on(db, configured(), "--weekly-report", "--as-of", "2026-03-02T09:00:00Z");
        assertThat(later.exitCode).as(later.toString()).isZero();
        assertThat(later.out).contains("this week's report was queued before today; sent to Telegram");
        assertThat(telegram.getRequestCount()).isEqualTo(1);
    }
}
