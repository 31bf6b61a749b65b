package com.revops.app.cli;

import java.time.Instant;

import com.revops.integrations.notify.Notifier;
import com.revops.integrations.notify.Outbox;

/** How the CLI reports delivery of what it queued. */
final class TelegramDelivery {
    static final String HOW_TO_CONFIGURE = "set REVOPS_TELEGRAM_BOT_TOKEN and REVOPS_TELEGRAM_CHAT_ID (or enter them in the console's "
            + "Settings); --dry-run prints the message instead";

    static final String DRY_RUN = "dry run: not sent";

    private TelegramDelivery() {
    }

    /** Delivers what is due and says where the message queued under {@code key} stands, never failing the command. */
    static String deliverQuietly(Notifier notifier, Instant now, String key) {
        if (notifier.isDryRun()) {
            return DRY_RUN;
        }
        if (!notifier.telegramConfigured()) {
            return "queued; Telegram is not configured (" + HOW_TO_CONFIGURE + ")";
        }
        Outbox.MessageState state = notifier.deliver(now, key);
        return state.sent() ? "sent to Telegram"
                : "queued; not sent yet" + state.lastError().map(e -> " (" + e + ")").orElse("") + "; the console or --daemon will retry";
    }

    /**
     * Throws {@link ServiceUnavailableException} (exit 3) when the message is still not sent.
     */
    static void failIfNotSent(Outbox.MessageState state) {
        if (!state.sent() && !state.dryRun()) {
            throw new ServiceUnavailableException("Telegram has not taken the message"
                    + state.lastError().map(e -> " (" + e + ")").orElse("")
                    + "; it stays queued and the running console or --daemon will retry", null);
        }
    }
}
