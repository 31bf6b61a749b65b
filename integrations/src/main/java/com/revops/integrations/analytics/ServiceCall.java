package com.revops.integrations.analytics;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.integrations.http.Pause;
import com.revops.integrations.http.ServiceException;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One authenticated call to an analytics service, its failures turned into a
 * {@link ServiceException} the operator can act on: a refused key (not retryable), a busy or
 * broken service (retryable), a response that is not what the service documents (not retryable).
 * The secret is sent in a header only and is cut out of anything the service echoes back.
 */
public final class ServiceCall {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DETAIL_LIMIT = 200;
    /** The longest a {@code Retry-After} is waited for inside one call; longer ones fail (retryable) instead. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final OkHttpClient http;
    private final String service;
    private final String secret;
    private final String secretWord;
    private final String envPrefix;

    /**
     * {@code secretWord} names the secret as the operator knows it ("API key", "access token");
     * {@code envPrefix} is the service's part of the environment names ({@code REVOPS_<envPrefix>_API_KEY}).
     */
    public ServiceCall(OkHttpClient http, String service, String envPrefix, String secret, String secretWord) {
        this.http = http;
        this.service = service;
        this.envPrefix = envPrefix;
        this.secret = secret;
        this.secretWord = secretWord;
    }

    public HttpUrl base(String apiBase) {
        HttpUrl base = HttpUrl.parse(apiBase);
        if (base == null) {
            throw new ServiceException(service, "the API base '" + apiBase + "' is not a URL — check REVOPS_" + envPrefix
                    + "_API_BASE", false);
        }
        return base;
    }

    public Request.Builder authorized(HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + secret).header("Accept", "application/json");
    }

    /** The service's name as the operator reads it in messages ("Stripe", "Meta Ads"). */
    public String service() {
        return service;
    }

    /** Sends the request and returns the JSON of a 2xx answer. */
    public JsonNode send(Request request) {
        return json(exchange(request));
    }

    /** Sends the request; only a network failure throws here (retryable). */
    public Reply exchange(Request request) {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            return new Reply(response.code(), body == null ? "" : body.string(), Optional.ofNullable(response.header("Retry-After")));
        } catch (IOException e) {
            // the message names the host only: never the URL's query or the headers
            throw new ServiceException(service, "cannot reach " + request.url().host() + " (" + e.getClass().getSimpleName()
                    + ") — try again later", true, e);
        }
    }

    /**
     * Sends the request; a 429 is answered by waiting what its {@code Retry-After} header says (whole
     * seconds, one second when it is missing or a date, never more than {@link #MAX_RETRY_AFTER}) and
     * sending it again, at most {@code attempts} times in all. The last reply is returned as received.
     */
    public Reply exchangeHonouringRetryAfter(Request request, Pause pause, int attempts) {
        Reply reply = exchange(request);
        for (int attempt = 1; attempt < attempts && reply.status() == 429; attempt++) {
            pause.pause(retryAfter(reply));
            reply = exchange(request);
        }
        return reply;
    }

    static Duration retryAfter(Reply reply) {
        Duration wait = Duration.ofSeconds(1);
        if (reply.retryAfter().isPresent()) {
            try {
                wait = Duration.ofSeconds(Math.max(0, Long.parseLong(reply.retryAfter().get().strip())));
            } catch (NumberFormatException e) {
                // an HTTP date: one second is as good a guess as any
            }
        }
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }

    /** The JSON of a 2xx reply; any other status becomes the matching {@link ServiceException}. */
    public JsonNode json(Reply reply) {
        return parse(text(reply));
    }

    /** The body of a 2xx reply; any other status becomes the matching {@link ServiceException}. */
    public String text(Reply reply) {
        int status = reply.status();
        if (status == 401 || status == 403) {
            throw refusedKey("HTTP " + status);
        }
        if (status == 429) {
            throw new ServiceException(service, "is limiting requests (HTTP 429" + reply.retryAfter().map(r -> ", Retry-After " + r + " s")
                    .orElse("") + ") — try again later", true);
        }
        String detail = status >= 200 && status < 300 ? "" : detail(reply.text());
        if (status >= 500) {
            throw new ServiceException(service, "is unavailable (HTTP " + status + (detail.isEmpty() ? "" : ": " + detail)
                    + ") — try again later", true);
        }
        if (status < 200 || status >= 300) {
            throw new ServiceException(service, "refused the request (HTTP " + status + (detail.isEmpty() ? "" : ": " + detail) + ")"
                    + (status == 404 ? " — check the project or account id in Settings" : ""), false);
        }
        return reply.text();
    }

    public JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw unexpected("an empty body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ServiceException(service, "sent an unexpected response (not JSON) — nothing was saved", false, e);
        }
    }

    public ServiceException refusedKey(String why) {
        return new ServiceException(service, "refused the " + secretWord + " (" + why + ") — check your " + service + " "
                + secretWord + " in Settings or REVOPS_" + envPrefix + "_API_KEY", false);
    }

    /** A JSON answer without what the service documents: the API changed or the base URL points elsewhere. */
    public ServiceException unexpected(String what) {
        return new ServiceException(service, "sent an unexpected response (" + what + ") — nothing was saved; "
                + "check the API base in Settings", false);
    }

    /** The service's own error text, shortened, with the secret cut out should it be echoed. */
    public String detail(String text) {
        String detail = "";
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null) {
                JsonNode error = node.path("error");
                detail = first(error.path("message"), node.path("message"), node.path("detail"), error.isTextual() ? error : null);
            }
        } catch (JsonProcessingException e) {
            // a plain-text error (ClickHouse answers so): its first line, unless it is a web page
            String line = text.strip().lines().findFirst().orElse("");
            detail = line.startsWith("<") ? "" : line;
        }
        if (!secret.isEmpty()) {
            detail = detail.replace(secret, "***");
        }
        return detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT) + "…" : detail;
    }

    private static String first(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate != null && candidate.isTextual() && !candidate.asText().isBlank()) {
                return candidate.asText().strip();
            }
        }
        return "";
    }

    /** A status and body as received. */
    public record Reply(int status, String text, Optional<String> retryAfter) {
        public Reply(int status, String text) {
            this(status, text, Optional.empty());
        }

        @Override
        public String toString() {
            return "Reply[status=" + status + "]";
        }
    }
}
