package com.revops.app.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.integrations.approvals.ChatApprovals;
import com.revops.integrations.approvals.PressLog;

/**
 * {@code --telegram-poll} (issue 17): one cycle of the approval chat's poll, without waiting — the
 * presses and replies Telegram holds are acted on and answered, for cron when neither the console nor
 * {@code --daemon} runs. A dry run asks Telegram nothing (that would confirm the updates) and says
 * where the poll stands (decision 0051).
 */
final class TelegramPollCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        ChatApprovals chat = session.services().chatApprovals().orElseThrow();
        if (session.dryRun()) {
            long next = chat.nextOffset();
            String said = "dry run: Telegram not asked (it would take the asking as read); the next poll asks from update " + next;
            if (session.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("polled", false);
                json.put("next_update", next);
                json.put("handled", List.of());
                json.put("said", said);
                session.printJson(json);
            } else {
                session.out().println(said);
            }
            return ExitCode.OK;
        }
        ChatApprovals.PollReport report = chat.poll(Duration.ZERO);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("polled", report.polled());
            json.put("handled", report.handled().stream().map(TelegramPollCommand::json).toList());
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        if (!report.polled()) {
            out.println("Another RevOps process is polling the chat now; nothing done here.");
        } else if (report.handled().isEmpty()) {
            out.println("No press or reply waiting in the chat.");
        } else {
            out.println(report.handled().size() + " handled from the chat:");
            for (PressLog.Entry e : report.handled()) {
                out.println("  " + e.outcome() + "  " + e.kind() + " from user " + e.userId() + ": " + e.detail());
            }
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> json(PressLog.Entry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("update_id", e.updateId());
        row.put("kind", e.kind());
        row.put("chat_id", e.chatId().orElse(null));
        row.put("user_id", e.userId());
        row.put("outcome", e.outcome());
        row.put("detail", e.detail());
        return row;
    }
}
