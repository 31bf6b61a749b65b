package com.revops.integrations.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A message's buttons as Telegram's {@code reply_markup} JSON: an {@code InlineKeyboardMarkup} of
 * rows of callback buttons, or a {@code ForceReply} that opens the reply field.
 */
public final class InlineKeyboard {
    /** No buttons at all (what an edit sends to take them away). */
    public static final String NONE = "{\"inline_keyboard\":[]}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<List<Map<String, String>>> rows = new ArrayList<>();

    /** Starts a new row of buttons. */
    public InlineKeyboard row() {
        rows.add(new ArrayList<>());
        return this;
    }

    /** Adds a button to the current row; {@code data} is what a press sends back (1-64 bytes). */
    public InlineKeyboard button(String text, String data) {
        if (rows.isEmpty()) {
            row();
        }
        Map<String, String> button = new LinkedHashMap<>();
        button.put("text", text);
        button.put("callback_data", data);
        rows.get(rows.size() - 1).add(button);
        return this;
    }

    public String json() {
        return write(Map.of("inline_keyboard", rows));
    }

    /** Opens the reply field under the bot's message, with {@code placeholder} in it (at most 64 characters). */
    public static String forceReply(String placeholder) {
        Map<String, Object> markup = new LinkedHashMap<>();
        markup.put("force_reply", true);
        markup.put("input_field_placeholder", placeholder.length() > 64 ? placeholder.substring(0, 63) + "…" : placeholder);
        return write(markup);
    }

    /** The labels of the buttons in {@code replyMarkup}, row by row (for a dry run or a report); none for a ForceReply. */
    public static List<String> labels(String replyMarkup) {
        List<String> labels = new ArrayList<>();
        try {
            JSON.readTree(replyMarkup).path("inline_keyboard").forEach(row -> row.forEach(b -> labels.add(b.path("text").asText())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read reply_markup", e);
        }
        return labels;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write reply_markup", e);
        }
    }
}
