package com.revops.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.revops.scheduler.Briefings;

/**
 * {@code --daily-brief} (SPEC §5, §8): yesterday's snapshot if missing, then the brief to Telegram
 * through the outbox — at most once a day (the console's scheduler and a cron call share the key).
 * Queued work is not lost (SPEC §9): without Telegram settings the brief waits in the outbox and the
 * call succeeds, saying so; so does a call while another RevOps process delivers. Telegram not taking
 * it: exit 3; wrong Telegram settings: exit 2 (decision 0029).
 */
final class DailyBriefCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        var services = session.services();
        Instant asOf = services.clock().instant();
        LocalDate today = asOf.atZone(services.zone()).toLocalDate();
        Briefings.Result result = new Briefings(services).sendDailyBrief(asOf, false);
        String delivery = TelegramDelivery.requireQueued(result.delivery());
        session.printMessage(Map.of("day", today.toString()), result.text(), result.queued() ? delivery
                : result.sentBefore() ? "today's brief was already sent; not sent again" : "today's brief was queued before; " + delivery);
        return ExitCode.OK;
    }
}
