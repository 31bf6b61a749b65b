package com.revops.integrations.notify;

import java.util.ArrayList;
import java.util.List;

/**
 * The Telegram messages a dry run would have queued (SPEC §5: "what a Telegram message would say"),
 * in the order the command queued them. Filled by a dry-run {@link Notifier}; nothing is sent.
 */
public final class DryRunMessages {
    private final List<Message> messages = new ArrayList<>();

    synchronized void add(String key, String kind, String text) {
        messages.add(new Message(key, kind, text));
    }

    public synchronized List<Message> list() {
        return List.copyOf(messages);
    }

    /** One message as it would be queued: its idempotency key, kind (alert, daily_brief, …) and text. */
    public record Message(String key, String kind, String text) {
    }
}
