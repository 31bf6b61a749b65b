package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.outreach.ApprovalRules;
import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.outreach.OutreachQueue;

/**
 * {@code --queue-mark ID sent|failed [--error TEXT]} (SPEC §5): the worker's result for an item it
 * took from {@code --queue}, at now (or {@code --as-of}). Refused with exit 2 — and nothing
 * changed — for an unknown id, an item that was never approved, or a result other than sent/failed.
 */
final class QueueMarkCommand implements CliAction {
    private final String id;
    private final String result;
    private final String error;

    QueueMarkCommand(String id, String result, String error) {
        this.id = id;
        this.result = result;
        this.error = error;
    }

    @Override
    public int run(CliSession session) {
        UUID item = parseId(id);
        boolean sent = parseResult(result);
        if (sent && error != null) {
            throw new InvalidInputException("--error", "goes only with 'failed'; a sent item has no error");
        }
        Instant at = session.services().clock().instant();
        OutreachQueue queue = session.services().stores().outreachQueue();
        OutreachItem marked = sent ? queue.markSent(item, at) : queue.markFailed(item, error, at);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", item.toString());
            json.put("status", marked.status().code());
            json.put("at", at.toString());
            json.put("error", marked.state().error().orElse(null));
            session.printJson(json);
        } else {
            session.out().println("Outreach item " + item + " marked " + marked.status().code() + " at "
                    + Formats.when(at, session.services().zone()) + marked.state().error().map(e -> ": " + e).orElse("."));
        }
        return ExitCode.OK;
    }

    static UUID parseId(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(ApprovalRules.FIELD, "'" + text + "' is not an outreach item id (a uuid, as --queue lists them)");
        }
    }

    private static boolean parseResult(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "sent" -> true;
            case "failed" -> false;
            default -> throw new InvalidInputException("--queue-mark", "'" + text + "' is not a result; use sent or failed");
        };
    }
}
