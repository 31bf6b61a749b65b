package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.FakeStripe;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockWebServer;

/** {@code --sync} through the real CLI against a fake Stripe (FakeStripe: five revenue events worked by hand). */
class SyncCliTest {
    @TempDir
    Path home;
    private Database db;
    private MockWebServer server;
    private FakeStripe stripe;
    private RevopsEnvironment stripeConfigured;

    @BeforeEach
    void start() throws IOException {
        db = TestDatabase.fresh();
        stripe = new FakeStripe();
        server = new MockWebServer();
        server.setDispatcher(stripe);
        server.start();
        stripeConfigured = CliRun.environment(home, Map.of("REVOPS_STRIPE_API_KEY", FakeStripe.KEY,
                "REVOPS_STRIPE_API_BASE", server.url("/").toString()));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        db.close();
    }

    @Test
    void syncStripeTwiceImportsEachChargeOnce() {
        CliRun first = CliRun.on(db, stripeConfigured, "--sync", "stripe", "--as-of", "2026-03-03T08:00:00Z");
        assertThat(first.exitCode).as(first.toString()).isZero();
        assertThat(first.out).contains("stripe  pulled").containsPattern("stripe\\s+pulled\\s+5\\s+0\\s+0");

        CliRun second = CliRun.on(db, stripeConfigured, "--sync", "stripe", "--json", "--as-of", "2026-03-03T09:00:00Z");
        assertThat(second.exitCode).as(second.toString()).isZero();
        JsonNode summary = second.json().get("sources").get(0);
        assertThat(summary.get("source").asText()).isEqualTo("stripe");
        assertThat(summary.get("outcome").asText()).isEqualTo("ok");
        assertThat(summary.get("new").asInt()).isZero();
        assertThat(summary.get("unchanged").asInt()).isEqualTo(5);

        Fixtures f = new Fixtures(db);
        assertThat(f.count("SELECT count(*) FROM actp_revenue_events WHERE external_id LIKE 'ch_%'")).isEqualTo(2);
        assertThat(f.count("SELECT count(*) FROM actp_revenue_events")).isEqualTo(5);
        assertThat(f.text("SELECT outcome || ' ' || summary FROM revops_source_syncs WHERE source = 'stripe'"))
                .startsWith("ok 0 new, 0 updated, 5 unchanged");
    }

    @Test
    void aDryRunReadsStripeAndWritesNothing() {
        CliRun dry = CliRun.on(db, stripeConfigured, "--sync", "stripe", "--dry-run");
        assertThat(dry.exitCode).as(dry.toString()).isZero();
        assertThat(dry.out).containsPattern("stripe\\s+pulled\\s+5\\s+0\\s+0").contains("(dry run: nothing was written)");
        Fixtures f = new Fixtures(db);
        assertThat(f.count("SELECT count(*) FROM actp_revenue_events")).isZero();
        assertThat(f.count("SELECT count(*) FROM crm_contacts")).isZero();
        assertThat(f.count("SELECT count(*) FROM revops_source_syncs")).isZero();
    }

    @Test
    void unconfiguredIsExit2DownIsExit3AndABadSourceIsNamed() {
        CliRun unconfigured = CliRun.on(db, CliRun.environment(home, Map.of()), "--sync", "stripe");
        assertThat(unconfigured.exitCode).isEqualTo(2);
        assertThat(unconfigured.out).contains("stripe: not configured: set REVOPS_STRIPE_API_KEY (environment or Settings)");

        CliRun all = CliRun.on(db, CliRun.environment(home, Map.of()), "--sync", "all");
        assertThat(all.exitCode).isEqualTo(2);

        stripe.enqueue(FakeStripe.json(503, "{\"error\": {\"message\": \"Stripe is temporarily unavailable\", \"type\": \"api_error\"}}"));
        CliRun down = CliRun.on(db, stripeConfigured, "--sync", "stripe");
        assertThat(down.exitCode).isEqualTo(3);
        assertThat(down.out).contains("down, try later").contains("Stripe: is unavailable (HTTP 503");

        CliRun withAll = CliRun.on(db, stripeConfigured, "--sync", "all", "--json");
        assertThat(withAll.exitCode).as(withAll.toString()).isZero();
        assertThat(withAll.json().get("sources")).hasSize(6);

        CliRun bad = CliRun.on(db, stripeConfigured, "--sync", "hubspot");
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err).contains("--sync: 'hubspot' is not a source; use all or one of posthog, revenuecat, superwall, meta, stripe, resend");
    }
}
