package com.revops.app.cli;

import java.time.Instant;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.notify.Delivery;
import com.revops.integrations.notify.Notifier;

/**
 * How the CLI reports delivery of what it queued (decision 0029). Queued work is never lost: a
 * message that waits — for Telegram to be configured, or for another RevOps process that is
 * delivering — is a success; a message Telegram has not taken yet is exit 3; wrong settings exit 2.
 */
final class TelegramDelivery {
    static final String HOW_TO_CONFIGURE = "set REVOPS_TELEGRAM_BOT_TOKEN and REVOPS_TELEGRAM_CHAT_ID (or enter them in the console's "
            + "Settings); --dry-run prints the message instead";
    static final String DRY_RUN = "dry run: not sent";

    private TelegramDelivery() {
    }

    /** Delivers what is due and says where the message queued under {@code key} stands, never failing the command. */
    static String deliverQuietly(Notifier notifier, Instant now, String key) {
        return describe(notifier.deliver(now, key));
    }

    static String describe(Delivery delivery) {
        String reason = delivery.reason().orElse("");
        return switch (delivery.status()) {
            case SENT -> "sent to Telegram";
            case DRY_RUN -> DRY_RUN;
            case NOT_CONFIGURED -> "queued; it goes out once Telegram is configured (" + HOW_TO_CONFIGURE + ")";
            case ANOTHER_PROCESS -> "queued; another RevOps process is delivering";
            case WAITING_FOR_CONFIGURATION -> "queued, waiting for configuration: " + reason;
            case RETRYING -> "queued; not sent yet" + (reason.isEmpty() ? "" : " (" + reason + ")") + "; the console or --daemon will retry";
            case REFUSED -> "refused by Telegram (" + reason + "); retry it from the console's Jobs screen";
        };
    }

    /**
     * For a brief or report: returns what to print when the message is sent or safely waiting; throws
     * when the operator must act — wrong settings (exit 2), Telegram not taking it (exit 3), refused (exit 1).
     */
    static String requireQueued(Delivery delivery) {
        String reason = delivery.reason().orElse("");
        return switch (delivery.status()) {
            case SENT, DRY_RUN, NOT_CONFIGURED, ANOTHER_PROCESS -> describe(delivery);
            case WAITING_FOR_CONFIGURATION -> throw new InvalidInputException("Telegram",
                    reason + "; the message is queued and goes out once this is fixed");
            case RETRYING -> throw new ServiceUnavailableException("Telegram has not taken the message"
                    + (reason.isEmpty() ? "" : " (" + reason + ")") + "; it stays queued and the running console or --daemon will retry", null);
            case REFUSED -> throw new com.revops.integrations.http.ServiceException("Telegram",
                    "refused the message (" + reason + "); it is marked failed: retry it from the console's Jobs screen", false);
        };
    }
}
