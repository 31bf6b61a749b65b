package com.revops.integrations.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.integrations.analytics.PostHogClient.FlagVariant;
import com.revops.integrations.analytics.PostHogClient.FunnelBySource;
import com.revops.integrations.analytics.PostHogClient.SourceSteps;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

class PostHogClientTest {
    static final String KEY = "phx_personal_Secret_1234567890";
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private final ObjectMapper json = new ObjectMapper();
    private MockWebServer server;
    private PostHogClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new PostHogClient(HttpClients.shared(), new PostHogSettings(server.url("/").toString(), KEY, "24816",
                PostHogSettings.DEFAULT_FUNNEL_EVENTS, PostHogSettings.DEFAULT_BREAKDOWN));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void postsAFunnelsQueryBrokenDownByUtmSourceAndReadsEachSourcesStepCounts() throws Exception {
        server.enqueue(Payloads.json(Payloads.postHogFunnel()));

        FunnelBySource funnel = client.funnelBySource(DAY, DAY);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/projects/24816/query/");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = json.readTree(request.getBody().readUtf8());
        assertThat(body).isEqualTo(json.readTree("""
                {"query": {"kind": "FunnelsQuery",
                           "series": [{"kind": "EventsNode", "event": "$pageview", "name": "$pageview"},
                                      {"kind": "EventsNode", "event": "signup", "name": "signup"},
                                      {"kind": "EventsNode", "event": "trial_started", "name": "trial_started"},
                                      {"kind": "EventsNode", "event": "purchase", "name": "purchase"}],
                           "dateRange": {"date_from": "2026-03-01", "date_to": "2026-03-01"},
                           "breakdownFilter": {"breakdown": "utm_source", "breakdown_type": "event"},
                           "funnelsFilter": {"funnelOrderType": "ordered", "funnelVizType": "steps",
                                             "funnelWindowInterval": 14, "funnelWindowIntervalUnit": "day"},
                           "filterTestAccounts": true},
                 "refresh": "blocking"}"""));

        assertThat(funnel.sources()).containsExactly(
                new SourceSteps("twitter", List.of(300L, 45L, 18L, 3L)),
                new SourceSteps("linkedin", List.of(90L, 12L, 5L, 1L)),
                new SourceSteps(SourceSteps.NONE, List.of(30L, 6L, 2L, 0L)));
        assertThat(funnel.totals()).containsExactly(420L, 63L, 25L, 4L);
    }

    @Test
    void readsFeatureFlagVariantsAsATwoStepFunnelBrokenDownByTheFlag() throws Exception {
        server.enqueue(Payloads.json("""
                {"is_cached": true, "results": [
                  [%s, %s], [%s, %s], [%s, %s]]}""".formatted(
                Payloads.postHogStep("paywall_viewed", 0, 1200, "control"), Payloads.postHogStep("purchase", 1, 36, "control"),
                Payloads.postHogStep("paywall_viewed", 0, 1180, "annual_first"), Payloads.postHogStep("purchase", 1, 59, "annual_first"),
                Payloads.postHogStep("paywall_viewed", 0, 75, null), Payloads.postHogStep("purchase", 1, 2, null))));

        List<FlagVariant> variants = client.experimentResults("paywall-layout", "paywall_viewed", "purchase", DAY.minusDays(13), DAY);

        JsonNode query = json.readTree(server.takeRequest().getBody().readUtf8()).get("query");
        assertThat(query.at("/breakdownFilter/breakdown").asText()).isEqualTo("$feature/paywall-layout");
        assertThat(query.at("/dateRange/date_from").asText()).isEqualTo("2026-02-16");
        assertThat(query.get("series")).hasSize(2);
        assertThat(variants).containsExactly(new FlagVariant("control", 1200, 36), new FlagVariant("annual_first", 1180, 59));
    }

    @Test
    void aRefusedKeyAsksToCheckTheKeyWithoutShowingIt() {
        server.enqueue(Payloads.json(401, """
                {"type": "authentication_error", "code": "authentication_failed",
                 "detail": "Incorrect authentication credentials.", "attr": null}"""));

        assertThatThrownBy(() -> client.funnelBySource(DAY, DAY))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("check your PostHog personal API key")
                .hasMessageNotContaining(KEY)
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
    }

    @Test
    void aServerErrorIsRetryableAndNoSnapshotIsWritten() {
        server.enqueue(Payloads.json(502, "<html><body>502 Bad Gateway</body></html>"));
        try (Database db = TestDatabase.fresh()) {
            FunnelSnapshotService snapshots = new FunnelSnapshotService(db, ZoneId.of("UTC"),
                    Configured.missing("REVOPS_REVENUECAT_API_KEY"), Configured.of(client));

            assertThatThrownBy(() -> snapshots.take(DAY))
                    .isInstanceOf(ServiceException.class)
                    .hasMessageContaining("try again later")
                    .satisfies(e -> assertThat(((ServiceException) e).retryable()).isTrue());
            assertThat(Tables.count(db, "actp_funnel_snapshots")).isZero();
        }
    }

    @Test
    void malformedJsonIsAnUnexpectedResponseAndNoSnapshotIsWritten() {
        server.enqueue(Payloads.json("{\"results\": [[{\"count\": 3, "));
        server.enqueue(Payloads.json("{\"results\": [[{\"name\": \"$pageview\", \"order\": 0}]]}"));
        try (Database db = TestDatabase.fresh()) {
            FunnelSnapshotService snapshots = new FunnelSnapshotService(db, ZoneId.of("UTC"),
                    Configured.missing("REVOPS_REVENUECAT_API_KEY"), Configured.of(client));

            assertThatThrownBy(() -> snapshots.take(DAY))
                    .hasMessageContaining("unexpected response (not JSON)")
                    .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
            assertThatThrownBy(() -> snapshots.take(DAY))
                    .hasMessageContaining("unexpected response")
                    .hasMessageContaining("nothing was saved");
            assertThat(Tables.count(db, "actp_funnel_snapshots")).isZero();
        }
    }
}
