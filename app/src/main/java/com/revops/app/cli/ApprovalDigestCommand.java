package com.revops.app.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.integrations.approvals.ApprovalDigest;
import com.revops.integrations.approvals.ChatApprovals;
import com.revops.integrations.telegram.InlineKeyboard;

/**
 * {@code --approval-digest} (issue 17): the approval digest to Telegram now — one message per item
 * waiting for review (up to what today's targets still need) and per ad proposal, with their buttons,
 * then "Approve all N shown". A second call the same day sends only what is new or changed. Telegram
 * not configured: exit 2 naming the settings (the buttons are signed for the configured chat).
 */
final class ApprovalDigestCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        var services = session.services();
        Instant asOf = services.clock().instant();
        ChatApprovals chat = services.chatApprovals().orElseThrow();
        ApprovalDigest.Report report = chat.digest(asOf);
        String delivery = report.summaryKey().map(key -> TelegramDelivery.deliverQuietly(services.notifier(), asOf, key))
                .orElse("nothing new waiting for approval; nothing sent");
        Map<String, Object> heldBack = new LinkedHashMap<>();
        report.heldBack().forEach((channel, n) -> heldBack.put(channel.code(), n));
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("as_of", asOf.toString());
            json.put("queued", report.queued());
            json.put("held_back_by_targets", heldBack);
            Map<String, Object> buttons = new LinkedHashMap<>();
            report.keyboards().forEach((key, markup) -> buttons.put(key, InlineKeyboard.labels(markup)));
            json.put("buttons", buttons);
            json.put("delivery", delivery);
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        if (report.queued().isEmpty()) {
            out.println("Nothing new is waiting for approval.");
        } else {
            out.println("Approval digest: " + report.queued().size() + " to approve");
            report.queued().forEach(line -> out.println("  • " + line));
        }
        if (report.heldBackTotal() > 0) {
            out.println("Held back by today's targets (approve them from the console if you mean to): " + heldBack);
        }
        if (session.dryRun() && !report.keyboards().isEmpty()) {
            out.println("Buttons of each message:");
            report.keyboards().forEach((key, markup) -> out.println("  [" + key + "] " + String.join(" | ", InlineKeyboard.labels(markup))));
        }
        out.println("(" + delivery + ")");
        return ExitCode.OK;
    }
}
