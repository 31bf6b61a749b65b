package com.revops.app.cli;

import java.time.Instant;

import com.revops.integrations.notify.Notifier;
import com.revops.integrations.notify.Outbox;

/** How the CLI reports delivery of what it queued. */
final class TelegramDelivery {
    static final String HOW_TO_CONFIGURE = "set REVOPS_TELEGRAM_BOT_TOKEN and REVOPS_TELEGRAM_CHAT_ID (or enter them in the console's "
            + "Settings); --dry-run prints the message instead";

    private TelegramDelivery() {
    }

    /** Delivers what is due and says what happened, never failing the command. */
    static String deliverQuietly(Notifier notifier, Instant now) {
        if (!notifier.telegramConfigured()) {
            return "queued; Telegram is not configured (" + HOW_TO_CONFIGURE + ")";
        }
        Outbox.DeliveryReport report = notifier.deliver(now);
        return report.stoppedBy().map(reason -> "queued; Telegram unreachable (" + reason + "); the console or --daemon will retry")
                .orElse("sent to Telegram");
    }

    /**
     * Throws {@link ServiceUnavailableException} (exit 3) when Telegram could not take what was due.
     */
    static Outbox.DeliveryReport failIfStopped(Outbox.DeliveryReport report) {
        if (report.stoppedBy().isPresent()) {
            throw new ServiceUnavailableException("Telegram unreachable: " + report.stoppedBy().get()
                    + "; the message stays queued and the running console or --daemon will retry", null);
        }
        return report;
    }
}
