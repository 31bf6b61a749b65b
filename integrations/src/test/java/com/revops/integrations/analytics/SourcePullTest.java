package com.revops.integrations.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.analytics.SourceReport.Outcome;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

class SourcePullTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private MockWebServer server;
    private Database db;
    /** Each service's answer, by the path it is asked on. */
    private final Map<String, MockResponse> answers = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath();
                return answers.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                        .orElse(new MockResponse().setResponseCode(404));
            }
        });
        server.start();
        db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO actp_ad_campaigns (source_post_id, platform, campaign_id, status, daily_budget_usd, spend_usd, revenue_usd,
                    approved_at, started_at)
                VALUES ('post_0007', 'meta', '120200000031344919', 'active', 7.50, 0, 29.97, now(), now())"""));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        db.close();
    }

    @Test
    void oneSourceDownTheOthersAreStillWritten() {
        answers.put("/v2/projects/", Payloads.json(Payloads.revenueCatOverview(47, "734.51")));
        answers.put("/api/projects/", Payloads.json(Payloads.postHogFunnel()));
        answers.put("/v2/organizations/", new MockResponse().setResponseCode(503).setBody("upstream connect error"));
        answers.put("/v21.0/", Payloads.json(Payloads.metaInsights()));

        List<SourceReport> reports = pull(allConfigured());

        assertThat(reports).extracting(SourceReport::source, SourceReport::outcome).containsExactly(
                tuple("RevenueCat", Outcome.OK), tuple("PostHog", Outcome.OK), tuple("Superwall", Outcome.FAILED),
                tuple("Meta Ads", Outcome.OK));
        assertThat(reports.get(2).retryable()).isTrue();
        assertThat(reports.get(2).message()).contains("HTTP 503").contains("try again later");
        assertThat(reports.get(3).message()).isEqualTo("1 of 1 campaign(s) updated");

        assertThat(Tables.count(db, "actp_paywall_experiments")).isZero();
        Integer paying = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT paying_users FROM actp_funnel_snapshots WHERE snapshot_date = :d").bind("d", DAY).mapTo(Integer.class).one());
        assertThat(paying).isEqualTo(47);
        BigDecimal spend = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT spend_usd FROM actp_ad_campaigns WHERE campaign_id = '120200000031344919'").mapTo(BigDecimal.class).one());
        assertThat(spend).isEqualByComparingTo("18.40");
    }

    @Test
    void aFailedFunnelSourceLeavesTheSnapshotUnwrittenButNotTheOtherSources() {
        answers.put("/v2/projects/", Payloads.json(Payloads.revenueCatOverview(47, "734.51")));
        answers.put("/api/projects/", Payloads.json(500, "{\"type\": \"server_error\", \"detail\": \"A server error occurred.\"}"));
        answers.put("/v2/organizations/", Payloads.json(Payloads.superwallVariants()));
        Map<String, String> env = allConfigured();
        env.remove("REVOPS_META_API_KEY");
        env.remove("REVOPS_META_AD_ACCOUNT_ID");

        List<SourceReport> reports = pull(env);

        assertThat(reports).extracting(SourceReport::source, SourceReport::outcome).containsExactly(
                tuple("RevenueCat", Outcome.OK), tuple("PostHog", Outcome.FAILED), tuple("Superwall", Outcome.OK),
                tuple("Meta Ads", Outcome.SKIPPED));
        assertThat(reports.get(0).message()).isEqualTo("answered, but the funnel snapshot waits for PostHog");
        assertThat(reports.get(1).message()).contains("HTTP 500").contains("the funnel snapshot of 2026-03-01 was not written");
        assertThat(reports.get(2).message()).startsWith("2 paywall variant(s) written");
        assertThat(reports.get(3).message()).contains("REVOPS_META_API_KEY and REVOPS_META_AD_ACCOUNT_ID");

        assertThat(Tables.count(db, "actp_funnel_snapshots")).isZero();
        assertThat(Tables.count(db, "actp_paywall_experiments")).isEqualTo(2);
    }

    @Test
    void withNothingConfiguredEverySourceIsSkippedAndTheSnapshotComesFromTheAppsTables() {
        List<SourceReport> reports = pull(new HashMap<>());

        assertThat(reports).extracting(SourceReport::outcome).containsOnly(Outcome.SKIPPED);
        assertThat(reports).allSatisfy(r -> assertThat(r.message()).startsWith("not configured: set REVOPS_"));
        assertThat(server.getRequestCount()).isZero();
        assertThat(Tables.count(db, "actp_funnel_snapshots")).isEqualTo(1);
    }

    private List<SourceReport> pull(Map<String, String> env) {
        AnalyticsSources sources = new AnalyticsSources(TestCredentials.of(env), HttpClients.shared());
        return new SourcePull(db, ZoneOffset.UTC, sources).pull(DAY);
    }

    private Map<String, String> allConfigured() {
        String base = server.url("/").toString();
        Map<String, String> env = new HashMap<>();
        env.put("REVOPS_REVENUECAT_API_BASE", base);
        env.put("REVOPS_REVENUECAT_API_KEY", "sk_rc_secret");
        env.put("REVOPS_REVENUECAT_PROJECT_ID", "proj1ab2c3d4");
        env.put("REVOPS_POSTHOG_API_BASE", base);
        env.put("REVOPS_POSTHOG_API_KEY", "phx_secret");
        env.put("REVOPS_POSTHOG_PROJECT_ID", "24816");
        env.put("REVOPS_SUPERWALL_API_BASE", base);
        env.put("REVOPS_SUPERWALL_API_KEY", "sk_sw_secret");
        env.put("REVOPS_SUPERWALL_ORGANIZATION_ID", "123");
        env.put("REVOPS_META_API_BASE", server.url("/v21.0").toString());
        env.put("REVOPS_META_API_KEY", "EAAG_secret");
        env.put("REVOPS_META_AD_ACCOUNT_ID", "1029384756");
        return env;
    }
}
