package com.revops.scheduler.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.revops.integrations.approvals.ChatApprovals;
import com.revops.integrations.http.ServiceException;
import com.revops.scheduler.context.SchedulerContext;

/**
 * Every 30 seconds: the approval chat's long poll — holds {@code getUpdates} open up to 25 seconds and
 * acts on each press and reply (issue 17, decision 0051). A run is recorded only when it handled
 * something or Telegram could not be asked.
 */
@RecordsOnlyWhenItActs
public final class TelegramPollJob extends RevopsJob {
    /** How long one poll waits for a press: under the 30-second repeat, so two polls never queue up. */
    public static final Duration WAIT = Duration.ofSeconds(25);

    public TelegramPollJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        Optional<ChatApprovals> chat = context.chatApprovals().filter(c -> c.settings().isPresent());
        if (chat.isEmpty()) {
            return "";
        }
        ChatApprovals.PollReport report;
        try {
            report = chat.get().poll(WAIT);
        } catch (ServiceException e) {
            return "not polled: " + e.getMessage();
        }
        if (report.handled().isEmpty()) {
            return "";
        }
        long done = report.handled().stream().filter(e -> e.done()).count();
        return report.handled().size() + " handled from the chat: " + done + " done, " + (report.handled().size() - done) + " refused";
    }
}
