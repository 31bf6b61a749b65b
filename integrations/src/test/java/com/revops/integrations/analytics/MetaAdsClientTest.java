package com.revops.integrations.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.integrations.analytics.MetaAdsClient.CampaignInsight;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

class MetaAdsClientTest {
    static final String TOKEN = "EAAGm0PX4ZCpsBAMetaToken123";
    static final String FIRST = "120200000031344919";
    static final String SECOND = "120200000031352838";
    private MockWebServer server;
    private MetaAdsClient client;
    private Database db;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new MetaAdsClient(HttpClients.shared(), new MetaAdsSettings(server.url("/v21.0").toString(), TOKEN, "1029384756",
                MetaAdsSettings.DEFAULT_CONVERSION_ACTION));
        db = TestDatabase.fresh();
        campaign(FIRST, "active", "29.97");
        campaign(SECOND, "paused", "0");
        campaign(null, "proposed", "0");
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        db.close();
    }

    @Test
    void readsLifetimeCampaignInsightsOfTheAdAccountAndUpdatesSpendConversionsAndCpa() throws Exception {
        server.enqueue(Payloads.json(Payloads.metaInsights()));
        AdSpendRepository campaigns = new AdSpendRepository(db.jdbi());

        List<String> ids = campaigns.trackedCampaignIds();
        List<CampaignInsight> insights = client.campaignInsights(ids);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        HttpUrl url = request.getRequestUrl();
        assertThat(url.encodedPath()).isEqualTo("/v21.0/act_1029384756/insights");
        assertThat(url.queryParameter("level")).isEqualTo("campaign");
        assertThat(url.queryParameter("fields")).isEqualTo("campaign_id,campaign_name,spend,actions");
        assertThat(url.queryParameter("date_preset")).isEqualTo("maximum");
        assertThat(new ObjectMapper().readTree(url.queryParameter("filtering"))).isEqualTo(new ObjectMapper().readTree(
                "[{\"field\": \"campaign.id\", \"operator\": \"IN\", \"value\": [\"" + FIRST + "\", \"" + SECOND + "\"]}]"));
        assertThat(url.queryParameter("access_token")).isNull();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);

        assertThat(insights).containsExactly(new CampaignInsight(FIRST, new BigDecimal("18.40"), 2),
                new CampaignInsight(SECOND, new BigDecimal("21.07"), 0));

        assertThat(campaigns.update(insights)).isEqualTo(2);
        Map<String, Object> first = row(FIRST);
        assertThat((BigDecimal) first.get("spend_usd")).isEqualByComparingTo("18.40");
        assertThat(first.get("conversions")).isEqualTo(2);
        assertThat((BigDecimal) first.get("cpa_usd")).isEqualByComparingTo("9.20");
        assertThat((BigDecimal) first.get("roas")).isEqualByComparingTo("1.6288"); // 29.97 / 18.40
        Map<String, Object> second = row(SECOND);
        assertThat((BigDecimal) second.get("spend_usd")).isEqualByComparingTo("21.07");
        assertThat(second.get("cpa_usd")).isNull();
    }

    @Test
    void anExpiredTokenAsksToCheckTheTokenWithoutShowingIt() {
        server.enqueue(Payloads.json(400, """
                {"error": {"message": "Error validating access token: Session has expired on Sunday, 01-Mar-26.",
                           "type": "OAuthException", "code": 190, "error_subcode": 463, "fbtrace_id": "AbCdEf123"}}"""));
        server.enqueue(Payloads.json(401, "{\"error\": {\"message\": \"Invalid OAuth access token - " + TOKEN + "\", \"code\": 190}}"));

        assertThatThrownBy(() -> client.campaignInsights(List.of(FIRST)))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("check your Meta Ads access token")
                .hasMessageNotContaining(TOKEN)
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
        assertThatThrownBy(() -> client.campaignInsights(List.of(FIRST)))
                .hasMessageContaining("check your Meta Ads access token")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void aServerErrorOrThrottlingIsRetryableAndNothingIsWritten() {
        server.enqueue(Payloads.json(500, "{\"error\": {\"message\": \"An unknown error occurred\", \"code\": 1}}"));
        server.enqueue(Payloads.json(400, "{\"error\": {\"message\": \"(#17) User request limit reached\", \"code\": 17}}"));
        SourcePull pull = new SourcePull(db, java.time.ZoneOffset.UTC, new AnalyticsSources(TestCredentials.of(Map.of(
                "REVOPS_META_API_BASE", server.url("/v21.0").toString(), "REVOPS_META_API_KEY", TOKEN,
                "REVOPS_META_AD_ACCOUNT_ID", "act_1029384756")), HttpClients.shared()));

        for (int attempt = 0; attempt < 2; attempt++) {
            SourceReport report = pull.pull(java.time.LocalDate.of(2026, 3, 1)).stream()
                    .filter(r -> r.source().equals("Meta Ads")).findFirst().orElseThrow();
            assertThat(report.outcome()).isEqualTo(SourceReport.Outcome.FAILED);
            assertThat(report.retryable()).isTrue();
            assertThat(report.message()).contains("try again later").doesNotContain(TOKEN);
        }
        assertThat((BigDecimal) row(FIRST).get("spend_usd")).isEqualByComparingTo("0");
        assertThat(row(FIRST).get("conversions")).isEqualTo(0);
    }

    @Test
    void malformedJsonOrAnInsightWithoutSpendIsAnUnexpectedResponseAndNothingIsWritten() {
        server.enqueue(Payloads.json("{\"data\": [{\"campaign_id\": \"" + FIRST + "\", \"spend\": \"18."));
        server.enqueue(Payloads.json("{\"data\": [{\"campaign_id\": \"" + FIRST + "\", \"impressions\": \"361324\"}]}"));

        assertThatThrownBy(() -> client.campaignInsights(List.of(FIRST)))
                .hasMessageContaining("unexpected response (not JSON)")
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
        assertThatThrownBy(() -> client.campaignInsights(List.of(FIRST)))
                .hasMessageContaining("campaign " + FIRST + " without a 'spend'")
                .hasMessageContaining("nothing was saved");
        assertThat((BigDecimal) row(FIRST).get("spend_usd")).isEqualByComparingTo("0");
    }

    private void campaign(String campaignId, String status, String revenue) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_ad_campaigns (source_post_id, platform, campaign_id, status, daily_budget_usd, spend_usd,
                            revenue_usd, approved_at, started_at)
                        VALUES ('post_0007', 'meta', :campaign, :status, 7.50, 0, :revenue,
                            CASE WHEN :status <> 'proposed' THEN now() END, CASE WHEN :status <> 'proposed' THEN now() END)""")
                .bind("campaign", campaignId).bind("status", status).bind("revenue", new BigDecimal(revenue)).execute());
    }

    private Map<String, Object> row(String campaignId) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT spend_usd, conversions, cpa_usd, roas FROM actp_ad_campaigns WHERE campaign_id = :c")
                .bind("c", campaignId).mapToMap().one());
    }
}
