package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.outreach.OutgoingItem;
import com.revops.integrations.outreach.OutreachQueue;

/**
 * {@code --queue} (SPEC §5): the approved outreach the worker may send now, oldest approval first,
 * with the text to send (the operator's edit, else the draft). The worker sends each one and
 * reports back with {@code --queue-mark ID sent|failed}.
 */
final class QueueCommand implements CliAction {
    private static final int PREVIEW = 96;

    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        List<OutgoingItem> items = session.services().stores().outreachQueue().approvedNotSent(asOf);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("as_of", asOf.toString());
            json.put("count", items.size());
            json.put("items", items.stream().map(QueueCommand::json).toList());
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        ZoneId zone = session.services().zone();
        if (items.isEmpty()) {
            out.println("Nothing approved is waiting to be sent (as of " + Formats.when(asOf, zone) + ").");
            return ExitCode.OK;
        }
        out.println(items.size() + " approved item" + (items.size() == 1 ? "" : "s") + " waiting to be sent, as of "
                + Formats.when(asOf, zone));
        out.println();
        int recipientWidth = items.stream().mapToInt(o -> recipient(o).length()).max().orElse(0);
        for (OutgoingItem o : items) {
            OutreachItem item = o.item();
            out.printf("%s  %-8s  %-16s  %-" + Math.max(1, recipientWidth) + "s  %s%n", item.id(), item.channel().code(), item.action(),
                    recipient(o), item.state().approvedAt().map(a -> "approved " + Formats.when(a, zone)).orElse("needs no approval"));
            out.println("    " + preview(item.textToSend()));
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> json(OutgoingItem o) {
        OutreachItem item = o.item();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", item.id().toString());
        row.put("channel", item.channel().code());
        row.put("action", item.action());
        row.put("platform", item.platform().orElse(null));
        row.put("contact_id", o.recipient().map(r -> r.contactId().toString()).orElse(null));
        row.put("contact_name", o.recipient().flatMap(OutgoingItem.Recipient::name).orElse(null));
        row.put("contact_handle", o.recipient().flatMap(OutgoingItem.Recipient::handle).orElse(null));
        row.put("text", item.textToSend());
        row.put("edited", item.isEdited());
        row.put("approved_at", item.state().approvedAt().map(Instant::toString).orElse(null));
        row.put("approved_by", item.state().approvedBy().orElse(null));
        row.put("scheduled_at", item.scheduledAt().map(Instant::toString).orElse(null));
        row.put("upwork_job_id", o.job().flatMap(j -> j.jobId()).orElse(null));
        row.put("upwork_job_title", o.job().flatMap(j -> j.title()).orElse(null));
        row.put("upwork_job_url", o.job().flatMap(j -> j.url()).orElse(null));
        return row;
    }

    private static String recipient(OutgoingItem o) {
        List<String> parts = new ArrayList<>();
        o.recipient().flatMap(OutgoingItem.Recipient::name).ifPresent(parts::add);
        o.recipient().flatMap(OutgoingItem.Recipient::handle).ifPresent(parts::add);
        o.job().flatMap(j -> j.title()).ifPresent(parts::add);
        return String.join(" ", parts);
    }

    private static String preview(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW - 1) + "…";
    }
}
