package com.revops.integrations.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.domain.common.Html;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.ServiceException;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

class TelegramClientTest {
    static final String TOKEN = "123456:ABC-secret-token";
    private final ObjectMapper json = new ObjectMapper();
    private MockWebServer server;
    private final List<Duration> waits = new ArrayList<>();
    private TelegramClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new TelegramClient(HttpClients.shared(), new TelegramSettings(server.url("/").toString(), TOKEN, "-1001234"),
                Clock.fixed(Instant.parse("2026-03-02T07:30:00Z"), ZoneOffset.UTC), waits::add);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    static MockResponse ok(long messageId) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                {"ok":true,"result":{"message_id":%d,"from":{"id":1,"is_bot":true,"first_name":"RevOps"},
                 "chat":{"id":-1001234,"type":"private"},"date":1772436600,"text":"x"}}""".formatted(messageId));
    }

    @Test
    void postsSendMessageInHtmlModeWithEveryDynamicValueEscaped() throws Exception {
        server.enqueue(ok(42));
        long id = client.sendMessage("Deal closed: " + Html.bold("<b>&Co") + " — $3,500");

        assertThat(id).isEqualTo(42);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/bot" + TOKEN + "/sendMessage");
        JsonNode body = json.readTree(request.getBody().readUtf8());
        assertThat(body.get("chat_id").asText()).isEqualTo("-1001234");
        assertThat(body.get("parse_mode").asText()).isEqualTo("HTML");
        assertThat(body.get("text").asText()).isEqualTo("Deal closed: <b>&lt;b&gt;&amp;Co</b> — $3,500");
    }

    @Test
    void answersA429ByWaitingRetryAfterThenDeliversOnce() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setBody(
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}}"));
        server.enqueue(ok(43));

        assertThat(client.sendMessage("hello")).isEqualTo(43);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(waits).contains(Duration.ofSeconds(7));
    }

    @Test
    void keepsToOneMessageASecondPerChat() {
        server.enqueue(ok(1));
        server.enqueue(ok(2));
        client.sendMessage("one");
        client.sendMessage("two"); // the fixed clock says no time passed: the client waits a full second
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aBadTokenIsRetryableConfigurationTroubleAndTheTokenNeverAppearsInTheError() {
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"));
        assertThatThrownBy(() -> client.sendMessage("x"))
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("check the bot token")
                .hasMessageNotContaining(TOKEN)
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isTrue());
    }

    @Test
    void aServerErrorIsRetryableAndAMalformedMessageIsNot() {
        server.enqueue(new MockResponse().setResponseCode(502).setBody("<html>Bad gateway</html>"));
        assertThatThrownBy(() -> client.sendMessage("x"))
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isTrue());
        server.enqueue(new MockResponse().setResponseCode(400).setBody(
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}"));
        assertThatThrownBy(() -> client.sendMessage("<b>x"))
                .hasMessageContaining("can't parse entities")
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
    }

    @Test
    void splitsLongTextsAtLineBoundariesIntoPartsOfAtMost4096() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append("Line ").append(i).append(": ").append("x".repeat(20)).append(" &amp; <b>bold</b>\n");
        }
        List<String> parts = TelegramMessages.split(text.toString());
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(parts).allSatisfy(p -> assertThat(p).startsWith("Line ").endsWith("</b>"));
        assertThat(String.join("\n", parts)).isEqualTo(text.toString().stripTrailing());

        String oneLongLine = "word ".repeat(2000);
        assertThat(TelegramMessages.split(oneLongLine)).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
    }
}
