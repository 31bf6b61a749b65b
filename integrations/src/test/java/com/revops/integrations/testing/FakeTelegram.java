package com.revops.integrations.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The Bot API methods of the approval chat, shaped as Telegram documents them: {@code getUpdates}
 * returns the updates queued here from the requested offset on (Telegram forgets those before it),
 * {@code sendMessage} answers with a new message id, {@code answerCallbackQuery},
 * {@code editMessageText} and {@code editMessageReplyMarkup} answer ok. Every call is kept with its
 * JSON body; a wrong token gets 401.
 */
public final class FakeTelegram extends Dispatcher {
    public static final String TOKEN = "123:secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<ObjectNode> updates = Collections.synchronizedList(new ArrayList<>());
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong messageIds = new AtomicLong(1000);

    /** One call of the Bot API: the method and its JSON body. */
    public record Call(String method, JsonNode body) {
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath() == null ? "" : request.getPath();
        if (!path.startsWith("/bot" + TOKEN + "/")) {
            return json(401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        }
        String method = path.substring(path.lastIndexOf('/') + 1);
        JsonNode body = read(request.getBody().readUtf8());
        calls.add(new Call(method, body));
        return switch (method) {
            case "getUpdates" -> json(200, "{\"ok\":true,\"result\":" + updatesFrom(body.path("offset").asLong(0)) + "}");
            case "sendMessage" -> json(200, "{\"ok\":true,\"result\":{\"message_id\":" + messageIds.incrementAndGet()
                    + ",\"chat\":{\"id\":" + body.path("chat_id").asText() + "},\"date\":1772436600,\"text\":\"x\"}}");
            case "answerCallbackQuery", "editMessageText", "editMessageReplyMarkup" -> json(200, "{\"ok\":true,\"result\":true}");
            default -> json(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
        };
    }

    private String updatesFrom(long offset) {
        ArrayNode result = JSON.createArrayNode();
        synchronized (updates) {
            updates.removeIf(u -> u.path("update_id").asLong() < offset);
            updates.forEach(result::add);
        }
        return result.toString();
    }

    /** Queues a press of a button with {@code data} on message {@code messageId} (whose text was {@code text}). */
    public void press(long updateId, String data, String userId, String chatId, String chatType, long messageId, String text) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        ObjectNode query = update.putObject("callback_query").put("id", "q" + updateId).put("chat_instance", "-77").put("data", data);
        query.putObject("from").put("id", Long.parseLong(userId)).put("is_bot", false).put("first_name", "Ada");
        ObjectNode message = query.putObject("message").put("message_id", messageId).put("date", 1772436600).put("text", text);
        message.putObject("chat").put("id", Long.parseLong(chatId)).put("type", chatType);
        message.putArray("entities").addObject().put("type", "bold").put("offset", 0).put("length", Math.min(2, text.length()));
        updates.add(update);
    }

    /** Queues a text message from {@code userId}, replying to message {@code replyTo}. */
    public void reply(long updateId, String chatId, String chatType, String userId, long replyTo, String text) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
        ObjectNode message = update.putObject("message").put("message_id", 5000 + updateId).put("date", 1772436600).put("text", text);
        message.putObject("from").put("id", Long.parseLong(userId)).put("is_bot", false).put("first_name", "Ada");
        message.putObject("chat").put("id", Long.parseLong(chatId)).put("type", chatType);
        message.putObject("reply_to_message").put("message_id", replyTo).put("date", 1772436600).put("text", "prompt");
        updates.add(update);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<JsonNode> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).map(Call::body).toList();
    }

    public JsonNode last(String method) {
        List<JsonNode> bodies = calls(method);
        if (bodies.isEmpty()) {
            throw new AssertionError("no " + method + " call; calls: " + calls().stream().map(Call::method).toList());
        }
        return bodies.get(bodies.size() - 1);
    }

    /** The callback data of the button whose label starts with {@code label} in a reply_markup. */
    public static Optional<String> button(JsonNode markup, String label) {
        for (JsonNode row : markup.path("inline_keyboard")) {
            for (JsonNode b : row) {
                if (b.path("text").asText().startsWith(label)) {
                    return Optional.of(b.path("callback_data").asText());
                }
            }
        }
        return Optional.empty();
    }

    /** The message id the n-th sendMessage (0-based) was answered with. */
    public static long messageId(int n) {
        return 1001 + n;
    }

    private static JsonNode read(String body) {
        try {
            return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }
}
