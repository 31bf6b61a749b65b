package com.revops.integrations.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.domain.outreach.OutreachChannel;
import com.revops.integrations.anthropic.AnthropicClient;
import com.revops.integrations.brief.RecommendationWriter;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.testing.OutreachFixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** "Redraft with AI" against a local Anthropic Messages API: routed by the credit governor, charged only when Claude answered. */
class OutreachRedrafterTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String DRAFT = "Hi Ada, saw your post on invoice automation. Want to chat?";
    private static final String ANSWER = """
            {"id":"msg_01","type":"message","role":"assistant","model":"claude-haiku-4-5",
             "content":[{"type":"text","text":"Hi Ada, your invoice automation post was spot on. Open to a 15-minute call this week?"}],
             "stop_reason":"end_turn","usage":{"input_tokens":1200,"output_tokens":80}}""";

    private Database db;
    private OutreachFixtures fx;
    private MockWebServer anthropic;
    private PendingItem pending;

    @BeforeEach
    void setUp() throws IOException {
        db = TestDatabase.fresh();
        fx = new OutreachFixtures(db);
        UUID ada = fx.contact("Ada Lovelace", "@ada", "linkedin", "awareness", "fintech", new String[] {"warm"});
        fx.pending(ada, "linkedin", "linkedin_connect", "linkedin", DRAFT, Instant.parse("2026-03-02T06:00:00Z"));
        pending = new OutreachQueue(db.jdbi()).pendingByChannel().get(OutreachChannel.LINKEDIN).get(0);
        anthropic = new MockWebServer();
        anthropic.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        anthropic.shutdown();
        db.close();
    }

    @Test
    void claudesVersionIsReturnedAndTheCallIsChargedAsDraftGeneration() throws Exception {
        anthropic.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(ANSWER));

        OutreachRedrafter.Redraft result = redrafter(true).redraft(pending, DRAFT, NOW);

        assertThat(result).isInstanceOf(OutreachRedrafter.Redraft.Written.class);
        OutreachRedrafter.Redraft.Written written = (OutreachRedrafter.Redraft.Written) result;
        assertThat(written.text()).isEqualTo("Hi Ada, your invoice automation post was spot on. Open to a 15-minute call this week?");
        assertThat(written.model()).isEqualTo("haiku"); // the seeded route of draft_generation
        // by hand: 1,200 × $1.00/M + 80 × $5.00/M = 0.0012 + 0.0004
        assertThat(written.cost()).contains(new BigDecimal("0.0016"));

        RecordedRequest request = anthropic.takeRequest();
        assertThat(request.getPath()).isEqualTo("/v1/messages");
        assertThat(request.getHeader("x-api-key")).isEqualTo("test-key");
        JsonNode body = new ObjectMapper().readTree(request.getBody().readUtf8());
        assertThat(body.get("model").asText()).isEqualTo("claude-haiku-4-5");
        assertThat(body.get("system").asText()).contains("LinkedIn connection note").contains("Hard limit: 300 characters");
        String prompt = body.get("messages").get(0).get("content").asText();
        assertThat(prompt).contains("at most 300 characters").contains("Ada Lovelace").contains("niche fintech").contains(DRAFT);

        Map<String, Object> usage = db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM actp_credit_usage").mapToMap().one());
        assertThat(usage).containsEntry("task_type", "draft_generation").containsEntry("model", "haiku")
                .containsEntry("input_tokens", 1200).containsEntry("output_tokens", 80)
                .containsEntry("run_id", "outreach_redraft:" + pending.item().id());
        assertThat((BigDecimal) usage.get("cost_usd")).isEqualByComparingTo("0.0016");
        assertThat(OutreachFixtures.instant(usage, "created_at")).isEqualTo(NOW);
    }

    @Test
    void aSuspendedRouteCallsNothingAndSaysWhy() {
        // today's spend reaches the $15 daily budget: non-critical draft_generation is suspended
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_credit_usage (task_type, model, input_tokens, output_tokens, cost_usd, created_at)
                        VALUES ('research_synthesis', 'opus', 1, 1, 15.00, :at)""")
                .bind("at", SqlTime.bind(Instant.parse("2026-03-02T08:00:00Z"))).execute());

        OutreachRedrafter.Redraft result = redrafter(true).redraft(pending, DRAFT, NOW);

        assertThat(result).isInstanceOf(OutreachRedrafter.Redraft.NotWritten.class);
        assertThat(((OutreachRedrafter.Redraft.NotWritten) result).reason())
                .isEqualTo("AI redrafts are paused: daily AI budget reached ($15.00 of $15.00); non-critical work resumes after midnight");
        assertThat(anthropic.getRequestCount()).isZero();
        assertThat(fx.count("SELECT count(*) FROM actp_credit_usage")).isEqualTo(1);
    }

    @Test
    void aFailedCallIsChargedNothing() {
        anthropic.enqueue(new MockResponse().setResponseCode(529).setBody("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\"}}"));

        assertThatThrownBy(() -> redrafter(true).redraft(pending, DRAFT, NOW))
                .isInstanceOf(ServiceException.class)
                .hasMessage("Anthropic: is busy or down (HTTP 529); try again later");
        assertThat(anthropic.getRequestCount()).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM actp_credit_usage")).isZero();
    }

    @Test
    void withoutAKeyItSaysSoPlainly() {
        OutreachRedrafter redrafter = redrafter(false);

        assertThat(redrafter.available()).isFalse();
        assertThat(redrafter.redraft(pending, DRAFT, NOW))
                .isEqualTo(new OutreachRedrafter.Redraft.NotWritten("Add an Anthropic API key in Settings to redraft with AI"));
        assertThat(anthropic.getRequestCount()).isZero();
    }

    @Test
    void quotesAroundTheWholeAnswerAreDropped() {
        assertThat(RedraftPrompt.clean("  \"Hi Ada, quick question?\"\n")).isEqualTo("Hi Ada, quick question?");
        assertThat(RedraftPrompt.clean("He said \"hi\" twice")).isEqualTo("He said \"hi\" twice");
        assertThat(RedraftPrompt.clean("\"Hi\" and \"bye\"")).isEqualTo("\"Hi\" and \"bye\"");
    }

    private OutreachRedrafter redrafter(boolean withKey) {
        Optional<AnthropicClient> client = withKey
                ? Optional.of(new AnthropicClient(new OkHttpClient(), anthropic.url("/").toString(), "test-key"))
                : Optional.empty();
        return new OutreachRedrafter(db, ZoneOffset.UTC, client, RecommendationWriter.ModelNames.DEFAULTS);
    }
}
