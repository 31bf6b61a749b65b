package com.revops.integrations.telegram;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One update of {@code getUpdates}, as far as the approval chat reads it: a press of an inline button
 * ({@code callback_query}) or a message (a reply to the bot's prompt). Ids are kept as Telegram writes
 * them (64-bit numbers, negative for groups), as text.
 */
public record TelegramUpdate(long updateId, Optional<Press> press, Optional<Message> message) {

    /**
     * A press of a button: the query to answer, who pressed, the data of the button, and the message
     * the button is on (absent when Telegram no longer has it: then so are its text and entities).
     */
    public record Press(String queryId, String userId, String userName, Optional<String> data, Optional<String> chatId,
                        Optional<String> chatType, Optional<Long> messageId, Optional<String> messageText, String entitiesJson) {
    }

    /** A message in a chat with the bot: who wrote it, its text, and the message it replies to. */
    public record Message(long messageId, String chatId, String chatType, String userId, String userName, Optional<String> text,
                          Optional<Long> replyTo) {
    }

    static TelegramUpdate parse(JsonNode node) {
        long id = node.path("update_id").asLong();
        JsonNode cq = node.path("callback_query");
        Optional<Press> press = Optional.empty();
        if (cq.isObject()) {
            JsonNode message = cq.path("message");
            JsonNode chat = message.path("chat");
            press = Optional.of(new Press(cq.path("id").asText(), text(cq.path("from").path("id")).orElse(""), name(cq.path("from")),
                    text(cq.path("data")), text(chat.path("id")), text(chat.path("type")),
                    message.path("message_id").isNumber() ? Optional.of(message.path("message_id").asLong()) : Optional.empty(),
                    text(message.path("text")), message.path("entities").isArray() ? message.path("entities").toString() : "[]"));
        }
        JsonNode m = node.path("message");
        Optional<Message> msg = Optional.empty();
        if (m.isObject() && m.path("chat").isObject()) {
            JsonNode reply = m.path("reply_to_message").path("message_id");
            msg = Optional.of(new Message(m.path("message_id").asLong(), m.path("chat").path("id").asText(),
                    m.path("chat").path("type").asText(""), text(m.path("from").path("id")).orElse(""), name(m.path("from")),
                    text(m.path("text")), reply.isNumber() ? Optional.of(reply.asLong()) : Optional.empty()));
        }
        return new TelegramUpdate(id, press, msg);
    }

    private static Optional<String> text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    private static String name(JsonNode user) {
        String first = user.path("first_name").asText("");
        String last = user.path("last_name").asText("");
        String full = (first + " " + last).strip();
        return full.isEmpty() ? user.path("username").asText("") : full;
    }
}
