package com.revops.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.revops.domain.common.InvalidInputException;
import com.revops.scheduler.Briefings;

/**
 * {@code --daily-brief} (SPEC §5, §8): yesterday's snapshot if missing, then the brief to Telegram
 * through the outbox — at most once a day (the console's scheduler and a cron call share the key).
 * Without Telegram settings: exit 2 with how to
 * configure them; Telegram unreachable: the brief stays queued, exit 3.
 */
final class DailyBriefCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        var services = session.services();
        Instant asOf = services.clock().instant();
        LocalDate today = asOf.atZone(services.zone()).toLocalDate();
        Briefings briefings = new Briefings(services);
        if (!session.dryRun() && !services.notifier().telegramConfigured()) {
            throw new InvalidInputException("Telegram", "not configured: " + TelegramDelivery.HOW_TO_CONFIGURE);
        }
        Briefings.Result result = briefings.sendDailyBrief(asOf, false);
        TelegramDelivery.failIfNotSent(result.state());
        return print(session, result.text(), !result.queued() ? "today's brief was already sent; not sent again"
                : result.state().dryRun() ? TelegramDelivery.DRY_RUN : "sent to Telegram", today);
    }

    private static int print(CliSession session, String text, String delivery, LocalDate day) {
        session.printMessage(Map.of("day", day.toString()), text, delivery);
        return ExitCode.OK;
    }
}
