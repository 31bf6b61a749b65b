package com.revops.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.app.App;
import com.revops.integrations.db.DryRunTransaction;
import com.revops.integrations.notify.DryRunMessages;

/**
 * What a dry run would have done (SPEC §5): the rows it would write, per table, and the Telegram
 * messages it would queue, word for word. Read from the dry run's own transaction just before it is
 * rolled back, so it is what this command really did there — for every command alike.
 */
final class DryRunReport {
    static final String HEADER = "Dry run: the command runs as usual, then everything is rolled back; nothing is written or sent.";

    private final List<DryRunTransaction.TableChange> changes;
    private final List<DryRunMessages.Message> messages;
    private final boolean telegramConfigured;

    private DryRunReport(List<DryRunTransaction.TableChange> changes, List<DryRunMessages.Message> messages, boolean telegramConfigured) {
        this.changes = changes;
        this.messages = messages;
        this.telegramConfigured = telegramConfigured;
    }

    static DryRunReport of(App services) {
        List<DryRunTransaction.TableChange> changes = services.dryRun().map(DryRunTransaction::changes).orElse(List.of());
        return new DryRunReport(changes, services.dryRunMessages(), services.credentials().telegram().isPresent());
    }

    /** For --json: {"rolled_back": true, "would_write": [{table, inserted, updated, deleted}], "would_queue": [{key, kind, text}]}. */
    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rolled_back", true);
        json.put("would_write", changes.stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("table", c.table());
            row.put("inserted", c.inserted());
            row.put("updated", c.updated());
            row.put("deleted", c.deleted());
            return row;
        }).toList());
        json.put("would_queue", messages.stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", m.key());
            row.put("kind", m.kind());
            row.put("text", m.text());
            return row;
        }).toList());
        json.put("telegram_configured", telegramConfigured);
        return json;
    }

    void print(PrintWriter out) {
        out.println();
        out.println("Dry run — rolled back: nothing was written, nothing was sent.");
        if (changes.isEmpty()) {
            out.println("A real run would write nothing.");
        } else {
            out.println("A real run would write:");
            TextTable table = new TextTable("Table", "New", "Changed", "Deleted");
            changes.forEach(c -> table.row(c.table(), c.inserted(), c.updated(), c.deleted()));
            table.print(out);
        }
        if (messages.isEmpty()) {
            out.println("It would queue no Telegram message.");
            return;
        }
        out.println("It would queue " + messages.size() + " Telegram message" + (messages.size() == 1 ? "" : "s")
                + (telegramConfigured ? " and send " + (messages.size() == 1 ? "it" : "them") + " at once:"
                : ", kept in the outbox until Telegram is configured:"));
        for (DryRunMessages.Message m : messages) {
            out.println();
            out.println("[" + m.key() + "]");
            out.println(m.text());
        }
    }
}
