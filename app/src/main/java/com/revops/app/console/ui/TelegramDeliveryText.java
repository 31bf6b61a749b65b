package com.revops.app.console.ui;

import com.revops.integrations.notify.Outbox;

/** What a delivery attempt did, in the operator's words, for the screens that queue a message and deliver at once. */
public final class TelegramDeliveryText {
    private TelegramDeliveryText() {
    }

    /** "sent to Telegram" only when this message went out; otherwise why it waits in the outbox. */
    public static String of(boolean telegramConfigured, Outbox.MessageState state) {
        if (!telegramConfigured) {
            return "queued; Telegram is not configured (Settings)";
        }
        if (state.sent()) {
            return "sent to Telegram";
        }
        return state.lastError().map(e -> "queued (" + e + "); the outbox retries it")
                .orElse("queued; the outbox sends it shortly (see Jobs)");
    }
}
