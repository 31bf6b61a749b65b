package com.revops.integrations.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.analytics.RevenueCatClient.SubscriptionOverview;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

class RevenueCatClientTest {
    static final String KEY = "sk_RevenueCatSecret_abcdef123456";
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private MockWebServer server;
    private RevenueCatClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new RevenueCatClient(HttpClients.shared(), new RevenueCatSettings(server.url("/").toString(), KEY, "proj1ab2c3d4"));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void getsTheOverviewMetricsInUsdAndReadsSubscriptionsMrrAndTrials() throws Exception {
        server.enqueue(Payloads.json(Payloads.revenueCatOverview(47, "734.51")));

        SubscriptionOverview overview = client.overview();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/v2/projects/proj1ab2c3d4/metrics/overview?currency=USD");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getBodySize()).isZero();

        assertThat(overview.activeSubscriptions()).isEqualTo(47);
        assertThat(overview.mrr()).isEqualByComparingTo("734.51");
        assertThat(overview.activeTrials()).contains(12L);
        assertThat(overview.revenueLast28Days()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("812.4"));
    }

    @Test
    void aRefusedKeyAsksToCheckTheKeyWithoutShowingIt() {
        server.enqueue(Payloads.json(401, """
                {"object": "error", "type": "authentication_error", "param": null,
                 "doc_url": "https://errors.rev.cat/authentication-error", "message": "Invalid API key.", "retryable": false}"""));

        assertThatThrownBy(client::overview)
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("check your RevenueCat secret API key")
                .hasMessageNotContaining(KEY)
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
    }

    @Test
    void aServerErrorIsRetryableAndNoSnapshotIsWritten() {
        server.enqueue(Payloads.json(500, """
                {"object": "error", "type": "internal_error", "message": "Internal server error.", "retryable": true}"""));
        try (Database db = TestDatabase.fresh()) {
            FunnelSnapshotService snapshots = new FunnelSnapshotService(db, ZoneId.of("UTC"), Configured.of(client),
                    Configured.missing("REVOPS_POSTHOG_API_KEY"));

            assertThatThrownBy(() -> snapshots.take(DAY))
                    .hasMessageContaining("RevenueCat: is unavailable (HTTP 500: Internal server error.) — try again later")
                    .satisfies(e -> assertThat(((ServiceException) e).retryable()).isTrue());
            assertThat(Tables.count(db, "actp_funnel_snapshots")).isZero();
        }
    }

    @Test
    void anUnreachableServiceIsRetryable() throws IOException {
        MockWebServer gone = new MockWebServer();
        gone.start();
        String base = gone.url("/").toString();
        gone.shutdown();
        RevenueCatClient unreachable = new RevenueCatClient(HttpClients.shared(), new RevenueCatSettings(base, KEY, "proj1ab2c3d4"));

        assertThatThrownBy(unreachable::overview)
                .hasMessageContaining("RevenueCat: cannot reach")
                .hasMessageContaining("try again later")
                .hasMessageNotContaining(KEY)
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isTrue());
    }

    @Test
    void malformedJsonOrAMissingMetricIsAnUnexpectedResponseAndNoSnapshotIsWritten() {
        server.enqueue(Payloads.json("{\"object\": \"overview_metrics\", \"metrics\": [{\"id\": \"mrr\", "));
        server.enqueue(Payloads.json("""
                {"object": "overview_metrics", "currency": "USD", "metrics": [
                  {"object": "overview_metric", "id": "mrr", "name": "MRR", "unit": "$", "period": "P28D", "value": 734.51}]}"""));
        try (Database db = TestDatabase.fresh()) {
            FunnelSnapshotService snapshots = new FunnelSnapshotService(db, ZoneId.of("UTC"), Configured.of(client),
                    Configured.missing("REVOPS_POSTHOG_API_KEY"));

            assertThatThrownBy(() -> snapshots.take(DAY))
                    .hasMessageContaining("unexpected response (not JSON)")
                    .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
            assertThatThrownBy(() -> snapshots.take(DAY))
                    .hasMessageContaining("no 'active_subscriptions' metric")
                    .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
            assertThat(Tables.count(db, "actp_funnel_snapshots")).isZero();
        }
    }

    @Test
    void settingsComeFromTheEnvironmentAndNameWhatIsMissing() {
        Configured<RevenueCatSettings> missing = RevenueCatSettings.from(TestCredentials.of(Map.of("REVOPS_REVENUECAT_API_KEY", KEY)));
        assertThat(missing.isConfigured()).isFalse();
        assertThat(missing.skipReason()).contains("REVOPS_REVENUECAT_PROJECT_ID").doesNotContain(KEY);

        Configured<RevenueCatSettings> complete = RevenueCatSettings.from(TestCredentials.of(Map.of(
                "REVOPS_REVENUECAT_API_KEY", KEY, "REVOPS_REVENUECAT_PROJECT_ID", "proj1ab2c3d4")));
        assertThat(complete.client()).map(RevenueCatSettings::apiBase).isEqualTo(Optional.of("https://api.revenuecat.com"));
        assertThat(complete.client().orElseThrow().toString()).doesNotContain(KEY);
    }
}
