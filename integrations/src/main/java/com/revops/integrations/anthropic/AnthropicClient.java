package com.revops.integrations.anthropic;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.integrations.http.ServiceException;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Anthropic Messages API ({@code POST /v1/messages}): one user turn in, the text and the token counts out. */
public final class AnthropicClient {
    static final String SERVICE = "Anthropic";
    public static final String DEFAULT_API_BASE = "https://api.anthropic.com";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final String API_VERSION = "2023-06-01";

    private final OkHttpClient http;
    private final String apiBase;
    private final String apiKey;
    private final ObjectMapper json = new ObjectMapper();

    public AnthropicClient(OkHttpClient http, String apiBase, String apiKey) {
        this.http = http;
        this.apiBase = apiBase;
        this.apiKey = apiKey;
    }

    public Completion complete(String model, String system, String prompt, int maxTokens) {
        HttpUrl base = HttpUrl.parse(apiBase);
        if (base == null) {
            throw new ServiceException(SERVICE, "the API base '" + apiBase + "' is not a URL", false);
        }
        String body;
        try {
            body = json.writeValueAsString(Map.of("model", model, "max_tokens", maxTokens, "system", system,
                    "messages", List.of(Map.of("role", "user", "content", prompt))));
        } catch (JsonProcessingException e) {
            throw new ServiceException(SERVICE, "could not encode the request", false, e);
        }
        Request request = new Request.Builder()
                .url(base.newBuilder().addPathSegments("v1/messages").build())
                .header("x-api-key", apiKey)
                .header("anthropic-version", API_VERSION)
                .post(RequestBody.create(body, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody responseBody = response.body();
            String text = responseBody == null ? "" : responseBody.string();
            if (response.code() == 401 || response.code() == 403) {
                throw new ServiceException(SERVICE, "refused the API key (HTTP " + response.code() + ") — check your Anthropic API key", false);
            }
            if (response.code() == 429 || response.code() >= 500) {
                throw new ServiceException(SERVICE, "is busy or down (HTTP " + response.code() + "); try again later", true);
            }
            if (!response.isSuccessful()) {
                throw new ServiceException(SERVICE, "refused the request (HTTP " + response.code() + ")", false);
            }
            return parse(text);
        } catch (IOException e) {
            throw new ServiceException(SERVICE, "cannot reach " + base.host() + " (" + e.getClass().getSimpleName() + ")", true, e);
        }
    }

    private Completion parse(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ServiceException(SERVICE, "answered with something that is not JSON", false, e);
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode block : node.path("content")) {
            if ("text".equals(block.path("type").asText())) {
                out.append(block.path("text").asText());
            }
        }
        if (out.length() == 0) {
            throw new ServiceException(SERVICE, "answered without any text", false);
        }
        JsonNode usage = node.path("usage");
        return new Completion(out.toString(), usage.path("input_tokens").asLong(0), usage.path("output_tokens").asLong(0),
                node.path("model").asText(""));
    }

    /** The reply's text and what it cost in tokens. */
    public record Completion(String text, long inputTokens, long outputTokens, String model) {
    }
}
