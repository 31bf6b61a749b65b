package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
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

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** {@code --daily-brief} through a real HTTP server standing in for Telegram. */
class BriefCliTest {
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
        seed(db);
    }

    private static void seed(Database db) {
        new Fixtures(db).contact("c-1", "decision", Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE crm_contacts SET name = '<b>&Co', last_interaction_at = NULL").execute());
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
     * The forecast line: c-1 is a decision contact 0.3125 days in, worth $3,500, with no history (RevenueCliTest works
     * its chance by hand: G = 0.1263598451 → $442.26); it is also the trailing 28 days' only new lead (λ_in(decision)
     * = 1/28, v̄ = $3,500): new leads add 3500/28 · Σ_{u=1..30} ½[F_dec(30−u) + F_dec(31−u)] = 125 · 2.2333886 = $279.17,
     * with F_dec(x) = (1 − e^−λ0)·0.4·½[F_cb(x−1) + F_cb(x)] + e^−λ0·G_prior(decision, x − 1) as there.
     * forecast_30 = 442.26 + 279.17 = $721.43 → "~$721". The range: nothing closes with chance
     * ≈ (1 − 0.126)·e^−(2.2334/28) ≈ 0.81, more than 10% and less than 90%, so P10 = $0 and P90 = one $3,500 deal.
     */
    static final String EXPECTED = """
            💰 <b>Revenue Ops Daily Brief — Mar 2, 2026</b>
            ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
            Pipeline: <b>$3,500</b> (1 contact across 1 stage)
              • Decision: 1 contact ($3,500 potential)

            30-day Forecast: ~$721 (likely $0–$3.5k)
            MTD Revenue: $0
            Deals Closed This Month: 0

            Top Performing Offer: none yet (no revenue in the last 90 days)
            Best Source: none yet

            ⚠️ Alert: No stage transitions in 5 days (none recorded yet); 1 open contact is waiting
            Action: Work the decision and call-booked contacts first, then follow up with awareness

            🚨 Alert: &lt;b&gt;&amp;Co is in decision ($3,500 potential) — never touched
            Action: Reach out to &lt;b&gt;&amp;Co today: answer open questions and propose a call""";

    @Test
    void sendsTheBriefAsOneSendMessageWithEveryValueEscapedAndOnlyOnceADay() throws Exception {
        telegram.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":501}}"));
        CliRun run = CliRun.on(db, configured(), "--daily-brief", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();

        RecordedRequest request = telegram.takeRequest();
        assertThat(request.getPath()).isEqualTo("/bot123:secret/sendMessage");
        JsonNode body = CliSession.mapper().readTree(request.getBody().readUtf8());
        assertThat(body.get("chat_id").asText()).isEqualTo("-100777");
        assertThat(body.get("parse_mode").asText()).isEqualTo("HTML");
        assertThat(body.get("text").asText()).isEqualTo(EXPECTED);

        CliRun again = CliRun.on(db, configured(), "--daily-brief", "--as-of", "2026-03-02T09:00:00Z");
        assertThat(again.exitCode).isZero();
        assertThat(again.out).contains("already sent");
        assertThat(telegram.getRequestCount()).isEqualTo(1);
        // the brief also stored yesterday's snapshot
        assertThat(new Fixtures(db).text("SELECT snapshot_date::text FROM actp_pipeline_snapshots")).isEqualTo("2026-03-01");
    }

    @Test
    void dryRunPrintsExactlyWhatWouldBeSent() {
        CliRun run = CliRun.on(db, configured(), "--daily-brief", "--dry-run", "--as-of", AS_OF);
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("[daily_brief:2026-03-02]\n" + EXPECTED + "\n");
        assertThat(telegram.getRequestCount()).isZero();
        assertThat(new Fixtures(db).count("SELECT count(*) FROM revops_outbox")).isZero();
    }

    /** A fresh install without Telegram (PRD-046 "runs cleanly"; SPEC §9 "queued, not lost"): exit 0, the brief waits. */
    @Test
    void withoutTelegramTheBriefIsQueuedUntilTelegramIsConfigured() {
        CliRun run = CliRun.on(db, CliRun.environment(home, Map.of()), "--domain", "revenue_ops", "--task", "brief", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).endsWith("(queued; it goes out once Telegram is configured (set REVOPS_TELEGRAM_BOT_TOKEN and "
                + "REVOPS_TELEGRAM_CHAT_ID (or enter them in the console's Settings); --dry-run prints the message instead))\n");
        assertThat(CliRun.on(db, CliRun.environment(home, Map.of()), "--daily-brief", "--as-of", AS_OF).exitCode).isZero();
        assertThat(new Fixtures(db).texts("SELECT status || ': ' || last_error FROM revops_outbox WHERE kind = 'daily_brief'"))
                .singleElement().asString().startsWith("pending: waiting for configuration: Telegram is not configured");

        telegram.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":502}}"));
        CliRun configuredLater = CliRun.on(db, configured(), "--daily-brief", "--as-of", "2026-03-02T08:00:00Z");
        assertThat(configuredLater.exitCode).as(configuredLater.toString()).isZero();
        assertThat(configuredLater.out).contains("(today's brief was queued before; sent to Telegram)");
        assertThat(telegram.getRequestCount()).isEqualTo(1);
    }

    /** Another RevOps process holds the delivery lock (a daemon mid-delivery): it will send the brief; this call succeeds. */
    @Test
    void whileAnotherProcessDeliversTheBriefIsQueuedAndTheCallSucceeds() throws Exception {
        try (java.sql.Connection other = db.dataSource().getConnection(); java.sql.Statement s = other.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + 0x5245564F5053L + ")"); // the outbox's delivery lock
            CliRun run = CliRun.on(db, configured(), "--daily-brief", "--as-of", AS_OF);
            assertThat(run.exitCode).as(run.toString()).isZero();
            assertThat(run.out).endsWith("(queued; another RevOps process is delivering)\n");
            assertThat(telegram.getRequestCount()).isZero();
            s.execute("SELECT pg_advisory_unlock_all()");
        }
        assertThat(new Fixtures(db).text("SELECT status FROM revops_outbox WHERE kind = 'daily_brief'")).isEqualTo("pending");
    }

    /** A Telegram setting that is wrong (the bot token unknown to Telegram): exit 2 naming it; the brief waits, not failed. */
    @Test
    void aWrongBotTokenExitsTwoAndTheBriefWaitsForTheFix() {
        telegram.enqueue(new MockResponse().setResponseCode(401).setBody("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"));
        CliRun run = CliRun.on(db, configured(), "--daily-brief", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        assertThat(run.err).startsWith("error: Telegram: Telegram: Unauthorized (HTTP 401) — check the bot token")
                .contains("the message is queued and goes out once this is fixed").doesNotContain("secret");
        assertThat(new Fixtures(db).text("SELECT status || ' ' || attempts FROM revops_outbox WHERE kind = 'daily_brief'")).isEqualTo("pending 0");
    }

    @Test
    void telegramDownLeavesTheBriefQueuedAndExitsThree() {
        telegram.enqueue(new MockResponse().setResponseCode(502).setBody("bad gateway"));
        CliRun run = CliRun.on(db, configured(), "--daily-brief", "--as-of", AS_OF);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(3);
        assertThat(run.err).contains("queued");
        String status = db.jdbi().withHandle(h -> h.createQuery("SELECT status FROM revops_outbox WHERE kind = 'daily_brief'")
                .mapTo(String.class).one());
        assertThat(status).isEqualTo("pending");
    }

    /*
     * An alert reaches the operator once a day (docs/decisions/0038): c-1 was last touched on 27 Feb 07:00.
     *  06:00 alert check: pipeline_stagnation fires (no transition ever) → its own message. c-1 is not silent yet
     *        (silent means untouched since 27 Feb 06:00 or earlier).
     *  07:30 brief: c-1 is now silent (cutoff 27 Feb 07:30) → listed in full; the stagnation alert already reached the
     *        operator → only named.
     *  12:00 alert check: both fire, neither is sent again.
     */
    @Test
    void anAlertReachesTheOperatorOnceADayEitherAsItsOwnMessageOrInTheBrief() throws Exception {
        db.jdbi().useHandle(h -> h.execute("UPDATE crm_contacts SET last_interaction_at = '2026-02-27T07:00:00Z'"));
        telegram.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":1}}"));
        telegram.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":2}}"));

        CliRun early = CliRun.on(db, configured(), "--alert-check", "--as-of", "2026-03-02T06:00:00Z");
        assertThat(early.exitCode).as(early.toString()).isZero();
        assertThat(CliSession.mapper().readTree(telegram.takeRequest().getBody().readUtf8()).get("text").asText())
                .contains("Pipeline stagnation");

        CliRun brief = CliRun.on(db, configured(), "--daily-brief", "--as-of", AS_OF);
        assertThat(brief.exitCode).as(brief.toString()).isZero();
        String text = CliSession.mapper().readTree(telegram.takeRequest().getBody().readUtf8()).get("text").asText();
        assertThat(text).contains("🚨 Alert: &lt;b&gt;&amp;Co is in decision ($3,500 potential) — no touch since Feb 27 (3 days)")
                .contains("ℹ️ Also open, sent to you earlier today: pipeline stagnation")
                .doesNotContain("⚠️ Alert: No stage transitions");

        CliRun later = CliRun.on(db, configured(), "--alert-check", "--as-of", "2026-03-02T12:00:00Z");
        assertThat(later.exitCode).as(later.toString()).isZero();
        assertThat(later.out).contains("2 alerts as of").contains("Delivery: nothing new to send");
        assertThat(telegram.getRequestCount()).isEqualTo(2);
        assertThat(new Fixtures(db).texts("SELECT alert_type || ':' || delivered_by FROM revops_alerts ORDER BY raised_at"))
                .containsExactly("pipeline_stagnation:message", "high_value_silent:brief");
    }
}
