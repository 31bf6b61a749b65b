package com.revops.integrations.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.integrations.http.Pause;
import com.revops.integrations.http.ServiceException;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Telegram Bot API {@code sendMessage} in HTML parse mode (SPEC §7): at most one message a second
 * to the chat, a 429 answered by waiting its {@code retry_after}. Callers escape dynamic values
 * ({@code Html.escape}) and split long texts ({@link TelegramMessages}).
 */
public final class TelegramClient {
    static final String SERVICE = "Telegram";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    private static final int MAX_429_WAITS = 3;
    /**
     * How long one sendMessage may take in all (connect, send, answer). Telegram answers in well under a
     * second; a short limit keeps the window in which a crash leaves the outcome unknown short (decision 0029).
     */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final OkHttpClient http;
    private final TelegramSettings settings;
    private final Clock clock;
    private final Pause pause;
    private final ObjectMapper json = new ObjectMapper();
    private Instant lastSent = Instant.MIN;

    public TelegramClient(OkHttpClient http, TelegramSettings settings, Clock clock, Pause pause) {
        this.http = http.newBuilder().connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10))
                .callTimeout(REQUEST_TIMEOUT).build(); // shares the connection pool
        this.settings = settings;
        this.clock = clock;
        this.pause = pause;
    }

    /** Sends one message (at most 4096 characters) and returns Telegram's message id. */
    public long sendMessage(String html) {
        return sendMessage(html, Optional.empty());
    }

    /** Sends one message with inline buttons ({@code reply_markup} JSON) when given; returns Telegram's message id. */
    public long sendMessage(String html, Optional<String> replyMarkup) {
        if (html.length() > TelegramMessages.LIMIT) {
            throw new ServiceException(SERVICE, "message of " + html.length() + " characters is over Telegram's 4096", false);
        }
        for (int attempt = 0; ; attempt++) {
            keepPace();
            Reply reply = post(html, replyMarkup);
            lastSent = clock.instant();
            if (reply.status == 429 && attempt < MAX_429_WAITS) {
                pause.pause(Duration.ofSeconds(Math.max(1, reply.retryAfter)));
                continue;
            }
            return reply.messageId();
        }
    }

    private void keepPace() {
        if (lastSent.equals(Instant.MIN)) {
            return;
        }
        Duration since = Duration.between(lastSent, clock.instant());
        if (since.compareTo(MIN_INTERVAL) < 0) {
            pause.pause(MIN_INTERVAL.minus(since));
        }
    }

    private Reply post(String html, Optional<String> replyMarkup) {
        HttpUrl base = HttpUrl.parse(settings.apiBase());
        if (base == null) {
            throw ServiceException.misconfigured(SERVICE, "the API base '" + settings.apiBase()
                    + "' is not a URL (REVOPS_TELEGRAM_API_BASE or Settings)", null);
        }
        HttpUrl url = base.newBuilder().addPathSegment("bot" + settings.botToken()).addPathSegment("sendMessage").build();
        String body;
        try {
            Map<String, Object> fields = new java.util.LinkedHashMap<>(Map.of("chat_id", settings.chatId(), "text", html,
                    "parse_mode", "HTML", "disable_web_page_preview", true));
            if (replyMarkup.isPresent()) {
                fields.put("reply_markup", json.readTree(replyMarkup.get()));
            }
            body = json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new ServiceException(SERVICE, "could not encode the message", false, e);
        }
        Request request = new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody responseBody = response.body();
            String text = responseBody == null ? "" : responseBody.string();
            return Reply.parse(json, response.code(), text);
        } catch (IOException e) {
            // the exception text names the host, never the URL path with the token
            throw new ServiceException(SERVICE, "cannot reach " + base.host() + " (" + e.getClass().getSimpleName() + ")", true, e);
        }
    }

    /** Telegram's answer: ok with a message id, or an error with its code and description. */
    private record Reply(int status, boolean ok, long messageIdOrZero, String description, long retryAfter) {

        static Reply parse(ObjectMapper json, int status, String text) {
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (JsonProcessingException e) {
                boolean retry = status >= 500 || status == 429;
                throw new ServiceException(SERVICE, "answered HTTP " + status + " with a body that is not JSON", retry, e);
            }
            if (node == null || !node.isObject()) {
                throw new ServiceException(SERVICE, "answered HTTP " + status + " without a JSON object", status >= 500);
            }
            boolean ok = node.path("ok").asBoolean(false);
            long retryAfter = node.path("parameters").path("retry_after").asLong(1);
            String description = node.path("description").asText("");
            return new Reply(status, ok, node.path("result").path("message_id").asLong(0), description, retryAfter);
        }

        long messageId() {
            if (ok && messageIdOrZero > 0) {
                return messageIdOrZero;
            }
            if (ok) {
                throw new ServiceException(SERVICE, "answered ok without a message id", false);
            }
            String what = description.isBlank() ? "HTTP " + status : description + " (HTTP " + status + ")";
            throw switch (status) {
                // configuration problems: the message waits until the operator fixes the settings
                case 401, 404 -> ServiceException.misconfigured(SERVICE, what + " — check the bot token (REVOPS_TELEGRAM_BOT_TOKEN or Settings)", null);
                case 403 -> ServiceException.misconfigured(SERVICE, what + " — has the bot been added to the chat?", null);
                case 429 -> new ServiceException(SERVICE, "still rate-limited: " + what, true);
                case 400 -> description.contains("chat not found")
                        ? ServiceException.misconfigured(SERVICE, what + " — check the chat id (REVOPS_TELEGRAM_CHAT_ID or Settings)", null)
                        : new ServiceException(SERVICE, "refused the message: " + what, false);
                default -> new ServiceException(SERVICE, what, status >= 500);
            };
        }
    }
}
