package com.revops.integrations.approvals;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The buttons of a message as sent to (or edited at) the Bot API. */
final class FakeTelegramButtons {
    private FakeTelegramButtons() {
    }

    static List<String> labels(JsonNode body) {
        List<String> labels = new ArrayList<>();
        body.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> labels.add(b.path("text").asText())));
        return labels;
    }

    static List<String> data(JsonNode body) {
        List<String> data = new ArrayList<>();
        body.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
        return data;
    }
}
