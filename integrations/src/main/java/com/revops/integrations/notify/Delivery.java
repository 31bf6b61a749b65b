package com.revops.integrations.notify;

import java.util.Optional;

/**
 * Where one queued message stands after a delivery attempt, and why — what the CLI and the console
 * tell the operator right after queueing a brief, a report or an alert (decision 0029).
 */
public record Delivery(Status status, Optional<String> reason) {
    public enum Status {
        /** Telegram took it. */
        SENT,
        /** A dry run: queued in a transaction that is rolled back; nothing sent. */
        DRY_RUN,
        /** Telegram is not configured: the message waits in the outbox until it is. */
        NOT_CONFIGURED,
        /** Another RevOps process holds the delivery lock and sends it. */
        ANOTHER_PROCESS,
        /** The settings are wrong (no URL, unknown token or chat): the message waits for the fix. */
        WAITING_FOR_CONFIGURATION,
        /** Telegram is down or busy (or an older message is): retried with backoff. */
        RETRYING,
        /** Telegram refused this message: failed, retry from the Jobs screen. */
        REFUSED
    }

    public static final Delivery DRY_RUN = new Delivery(Status.DRY_RUN, Optional.empty());

    public boolean sent() {
        return status == Status.SENT;
    }
}
