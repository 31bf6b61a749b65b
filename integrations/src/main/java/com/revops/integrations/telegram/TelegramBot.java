package com.revops.integrations.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The Bot API methods of the approval chat (SPEC §7): {@code getUpdates} (long polling, no webhook),
 * {@code answerCallbackQuery}, {@code editMessageText} and {@code editMessageReplyMarkup}. A 429 is
 * answered by waiting its {@code retry_after}; the token never appears in an error.
 */
public final class TelegramBot {
    /** The updates the approval chat reads: button presses and messages (replies to its prompts). */
    public static final List<String> ALLOWED_UPDATES = List.of("callback_query", "message");
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int MAX_429_WAITS = 2;

    private final OkHttpClient http;
    private final TelegramSettings settings;
    private final Pause pause;
    private final ObjectMapper json = new ObjectMapper();

    public TelegramBot(OkHttpClient http, TelegramSettings settings, Pause pause) {
        this.http = http;
        this.settings = settings;
        this.pause = pause;
    }

    /** The bot's own id: the part of the token before ':' (not secret; the token's rest is). */
    public static String botId(TelegramSettings settings) {
        String token = settings.botToken();
        int colon = token.indexOf(':');
        return colon > 0 ? token.substring(0, colon) : "bot";
    }

    /** Updates from {@code offset} on, waiting up to {@code wait} for the first (0: answer at once). */
    public List<TelegramUpdate> getUpdates(long offset, Duration wait) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offset", offset);
        body.put("timeout", wait.toSeconds());
        body.put("allowed_updates", ALLOWED_UPDATES);
        OkHttpClient client = http.newBuilder().readTimeout(wait.plusSeconds(15)).callTimeout(wait.plusSeconds(30)).build();
        JsonNode result = call(client, "getUpdates", body);
        List<TelegramUpdate> updates = new ArrayList<>();
        result.forEach(node -> updates.add(TelegramUpdate.parse(node)));
        return updates;
    }

    /** Stops the spinner on the pressed button, with a short notice ({@code alert}: a box to dismiss). */
    public void answerCallbackQuery(String queryId, String text, boolean alert) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callback_query_id", queryId);
        body.put("text", text.length() > 200 ? text.substring(0, 199) + "…" : text);
        body.put("show_alert", alert);
        try {
            call(http, "answerCallbackQuery", body);
        } catch (ServiceException e) {
            if (!e.getMessage().contains("query is too old")) {
                throw e;
            }
        }
    }

    /** Replaces a message's text (plain text with the given entities, e.g. the original's bold) and its buttons. */
    public void editMessageText(String chatId, long messageId, String text, String entitiesJson, Optional<String> replyMarkup) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chat_id", chatId);
        body.put("message_id", messageId);
        body.put("text", text);
        body.put("entities", tree(entitiesJson));
        body.put("disable_web_page_preview", true);
        body.put("reply_markup", tree(replyMarkup.orElse(InlineKeyboard.NONE)));
        edit("editMessageText", body);
    }

    /** Replaces a message's buttons only (none: {@link InlineKeyboard#NONE}). */
    public void editMessageReplyMarkup(String chatId, long messageId, String replyMarkup) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chat_id", chatId);
        body.put("message_id", messageId);
        body.put("reply_markup", tree(replyMarkup));
        edit("editMessageReplyMarkup", body);
    }

    private void edit(String method, Map<String, Object> body) {
        try {
            call(http, method, body);
        } catch (ServiceException e) {
            // pressing twice asks for the same edit twice: Telegram refuses the second, which is fine
            if (!e.getMessage().contains("message is not modified")) {
                throw e;
            }
        }
    }

    private JsonNode tree(String jsonText) {
        try {
            return json.readTree(jsonText);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private JsonNode call(OkHttpClient client, String method, Map<String, Object> fields) {
        HttpUrl base = HttpUrl.parse(settings.apiBase());
        if (base == null) {
            throw ServiceException.misconfigured(TelegramClient.SERVICE, "the API base '" + settings.apiBase()
                    + "' is not a URL (REVOPS_TELEGRAM_API_BASE or Settings)", null);
        }
        HttpUrl url = base.newBuilder().addPathSegment("bot" + settings.botToken()).addPathSegment(method).build();
        String body;
        try {
            body = json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new ServiceException(TelegramClient.SERVICE, "could not encode " + method, false, e);
        }
        for (int attempt = 0; ; attempt++) {
            Request request = new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build();
            try (Response response = client.newCall(request).execute()) {
                ResponseBody responseBody = response.body();
                JsonNode node = parse(method, response.code(), responseBody == null ? "" : responseBody.string());
                if (node.path("ok").asBoolean(false)) {
                    return node.path("result");
                }
                if (response.code() == 429 && attempt < MAX_429_WAITS) {
                    pause.pause(Duration.ofSeconds(Math.max(1, node.path("parameters").path("retry_after").asLong(1))));
                    continue;
                }
                throw refusal(method, response.code(), node.path("description").asText(""));
            } catch (IOException e) {
                // the exception text names the host, never the URL path with the token
                throw new ServiceException(TelegramClient.SERVICE, method + ": cannot reach " + base.host() + " ("
                        + e.getClass().getSimpleName() + ")", true, e);
            }
        }
    }

    private JsonNode parse(String method, int status, String text) {
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ServiceException(TelegramClient.SERVICE, method + " answered HTTP " + status + " without a JSON object", status >= 500);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ServiceException(TelegramClient.SERVICE, method + " answered HTTP " + status + " with a body that is not JSON",
                    status >= 500 || status == 429, e);
        }
    }

    private static ServiceException refusal(String method, int status, String description) {
        String what = method + ": " + (description.isBlank() ? "HTTP " + status : description + " (HTTP " + status + ")");
        return switch (status) {
            case 401, 404 -> ServiceException.misconfigured(TelegramClient.SERVICE, what
                    + " — check the bot token (REVOPS_TELEGRAM_BOT_TOKEN or Settings)", null);
            case 409 -> new ServiceException(TelegramClient.SERVICE, what + " — another program reads this bot's updates"
                    + " (a webhook or another getUpdates); only one may", true);
            case 429 -> new ServiceException(TelegramClient.SERVICE, "still rate-limited: " + what, true);
            default -> new ServiceException(TelegramClient.SERVICE, what, status >= 500);
        };
    }
}
