package com.revops.app.console.ui;

import com.revops.integrations.notify.Outbox;

/** What a delivery attempt did, in the operator's words, for the screens that queue a message and deliver at once. */
public final class TelegramDeliveryText {
    private TelegramDeliveryText() {
    }

    /**
     * "sent to Telegram" only when something went out; the outbox keeps order, so a new message waits
     * behind an older one that is waiting for its retry.
     */
    public static String of(Outbox.DeliveryReport report) {
        if (report.stoppedBy().filter(r -> r.contains("not configured")).isPresent()) {
            return "queued; Telegram is not configured (Settings)";
        }
        if (report.stoppedBy().isPresent()) {
            return "queued (" + report.stoppedBy().get() + "); the outbox retries it";
        }
        if (report.sent() > 0) {
            return "sent to Telegram";
        }
        return "queued behind earlier messages that wait for their retry (see Jobs)";
    }
}
