package com.revops.app.console.ui;

import com.revops.integrations.notify.Delivery;

/** What a delivery attempt did, in the operator's words, for the screens that queue a message and deliver at once. */
public final class TelegramDeliveryText {
    private TelegramDeliveryText() {
    }

    /** "sent to Telegram" only when this message went out; otherwise why it waits in the outbox. */
    public static String of(Delivery delivery) {
        String reason = delivery.reason().orElse("");
        return switch (delivery.status()) {
            case SENT -> "sent to Telegram";
            case DRY_RUN -> "not sent (dry run)";
            case NOT_CONFIGURED -> "queued; Telegram is not configured (Settings)";
            case ANOTHER_PROCESS -> "queued; another RevOps process is delivering";
            case WAITING_FOR_CONFIGURATION -> "queued, waiting for configuration: " + reason;
            case RETRYING -> reason.isEmpty() ? "queued; the outbox sends it shortly (see Jobs)" : "queued (" + reason + "); the outbox retries it";
            case REFUSED -> "refused by Telegram (" + reason + "); retry it from Jobs";
        };
    }
}
