package com.revops.integrations.telegram;

/** Where and to whom briefs go (SPEC §7). The token is a secret: never printed. */
public record TelegramSettings(String apiBase, String botToken, String chatId) {
    public static final String DEFAULT_API_BASE = "https://api.telegram.org";

    @Override
    public String toString() {
        return "TelegramSettings[apiBase=" + apiBase + ", chatId=" + chatId + ", botToken=***]";
    }
}
