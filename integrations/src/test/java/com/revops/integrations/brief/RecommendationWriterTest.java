package com.revops.integrations.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.domain.brief.Recommendations;
import com.revops.domain.brief.WeeklyReportData;
import com.revops.integrations.anthropic.AnthropicClient;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** The weekly recommendations by Claude, routed and charged through the credit governor, with the rule-based fallback. */
class RecommendationWriterTest {
    private static final Instant AT = Instant.parse("2026-03-02T07:00:00Z");
    private Database db;
    private MockWebServer anthropic;
    private WeeklyReportData data;

    @BeforeEach
    void start() throws IOException {
        db = TestDatabase.fresh();
        anthropic = new MockWebServer();
        anthropic.start();
        data = new BriefComposer(db, ZoneOffset.UTC).weekly(AT);
    }

    @AfterEach
    void stop() throws IOException {
        anthropic.shutdown();
        db.close();
    }

    private RecommendationWriter writer(boolean withKey) {
        Optional<AnthropicClient> client = withKey
                ? Optional.of(new AnthropicClient(HttpClients.shared(), anthropic.url("/").toString(), "sk-ant-test"))
                : Optional.empty();
        return new RecommendationWriter(db, ZoneOffset.UTC, client, RecommendationWriter.ModelNames.DEFAULTS);
    }

    @Test
    void withoutAKeyTheRuleBasedRecommendationsAreUsed() {
        RecommendationWriter.Written written = writer(false).write(data, AT);
        assertThat(written.source()).isEqualTo("rule-based");
        assertThat(written.recommendations()).isEqualTo(Recommendations.ruleBased(data)).hasSizeBetween(3, 5);
    }

    @Test
    void claudeWritesThemThroughTheGovernorsModelAndTheCallIsCharged() throws Exception {
        anthropic.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                {"id":"msg_01","type":"message","role":"assistant","model":"claude-sonnet-4-5",
                 "content":[{"type":"text","text":"1. Call the three silent decision contacts today.\\n2. Move two posts to LinkedIn.\\n3. Test a shorter DM opener."}],
                 "stop_reason":"end_turn","usage":{"input_tokens":2000,"output_tokens":300}}"""));

        RecommendationWriter.Written written = writer(true).write(data, AT);

        assertThat(written.source()).isEqualTo("written by Claude");
        assertThat(written.recommendations()).containsExactly("Call the three silent decision contacts today.",
                "Move two posts to LinkedIn.", "Test a shorter DM opener.");
        RecordedRequest request = anthropic.takeRequest();
        assertThat(request.getPath()).isEqualTo("/v1/messages");
        assertThat(request.getHeader("x-api-key")).isEqualTo("sk-ant-test");
        assertThat(request.getHeader("anthropic-version")).isEqualTo("2023-06-01");
        JsonNode body = new ObjectMapper().readTree(request.getBody().readUtf8());
        assertThat(body.get("model").asText()).isEqualTo("claude-sonnet-4-5"); // revenue_report routes to sonnet
        // charged at sonnet's $3 / $15 per million: 2000 × 3 / 1e6 + 300 × 15 / 1e6 = 0.006 + 0.0045 = 0.0105
        BigDecimal cost = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT cost_usd FROM actp_credit_usage WHERE task_type = 'revenue_report'").mapTo(BigDecimal.class).one());
        assertThat(cost).isEqualByComparingTo("0.0105");
    }

    @Test
    void anApiFailureFallsBackToTheRulesAndChargesNothing() {
        anthropic.enqueue(new MockResponse().setResponseCode(529).setBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}"));
        RecommendationWriter.Written written = writer(true).write(data, AT);
        assertThat(written.source()).startsWith("rule-based: Anthropic");
        assertThat(written.recommendations()).isEqualTo(Recommendations.ruleBased(data));
        assertThat(new Fixtures(db).count("SELECT count(*) FROM actp_credit_usage")).isZero();
    }

    @Test
    void aSuspendedRouteFallsBackWithoutCallingTheApi() {
        db.jdbi().useHandle(h -> h.execute("UPDATE actp_credit_routing SET critical = false WHERE task_type = 'revenue_report'"));
        db.jdbi().useHandle(h -> h.execute("INSERT INTO actp_credit_usage (task_type, model, cost_usd, created_at) "
                + "VALUES ('research_synthesis', 'sonnet', 15.00, '2026-03-02T01:00:00Z')"));
        RecommendationWriter.Written written = writer(true).write(data, AT);
        assertThat(written.source()).contains("daily AI budget reached");
        assertThat(anthropic.getRequestCount()).isZero();
    }
}
