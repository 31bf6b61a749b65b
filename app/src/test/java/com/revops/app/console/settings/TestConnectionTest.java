package com.revops.app.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.console.TestConsole;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.FakeStripe;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockWebServer;

/** Settings' "Test connection": one small read from the service with the saved settings, the answer in words, nothing written. */
class TestConnectionTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;
    private MockWebServer server;
    private final FakeStripe stripe = new FakeStripe();
    private ServiceKeysModel keys;

    @BeforeEach
    void start() throws IOException {
        db = TestDatabase.fresh();
        server = new MockWebServer();
        server.setDispatcher(stripe);
        server.start();
        TestConsole console = TestConsole.on(db, home, NOW, Map.of("REVOPS_STRIPE_API_BASE", server.url("/").toString(),
                "REVOPS_STRIPE_API_KEY", FakeStripe.KEY));
        SettingsViewModel model = new SettingsViewModel(console.context());
        model.refresh();
        keys = model.keys();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        db.close();
    }

    @Test
    void stripeAnswersAResendWithoutSettingsSaysWhatToSetAndAFailureIsShown() {
        keys.testConnection("stripe");
        assertThat(keys.connectionResult("stripe").get()).isEqualTo("✓ connected: the key can read charges");
        assertThat(stripe.requests).singleElement().satisfies(r -> assertThat(r.getPath()).isEqualTo("/v1/charges?limit=1"));

        keys.testConnection("resend");
        assertThat(keys.connectionResult("resend").get()).isEqualTo("not configured: set REVOPS_RESEND_API_KEY and REVOPS_RESEND_FROM "
                + "— save the keys first");

        stripe.enqueue(FakeStripe.json(401, "{\"error\": {\"message\": \"Invalid API Key provided\", \"type\": \"invalid_request_error\"}}"));
        keys.testConnection("stripe");
        assertThat(keys.connectionResult("stripe").get()).startsWith("✗ Stripe: refused the API key (HTTP 401)");
        assertThat(new Fixtures(db).count("SELECT count(*) FROM actp_revenue_events")).isZero();
    }
}
