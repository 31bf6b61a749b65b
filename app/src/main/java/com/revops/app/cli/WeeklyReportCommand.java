package com.revops.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.integrations.brief.RecommendationWriter;
import com.revops.scheduler.context.Briefings;

/**
 * {@code --weekly-report}: the report with 3–5 recommendations (Claude when configured, else rule-based),
 * to Telegram through the outbox; the same outcomes and exit codes as {@link DailyBriefCommand}.
 */
final class WeeklyReportCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        var services = session.services();
        Instant asOf = services.clock().instant();
        LocalDate today = asOf.atZone(services.zone()).toLocalDate();
        Briefings briefings = new Briefings(services);
        Briefings.WeeklyText weekly = briefings.weeklyReportText(asOf);
        RecommendationWriter.Written written = weekly.recommendations();
        String text = weekly.text();
        Briefings.Result result = briefings.sendWeekly(text, asOf);
        String outcome = TelegramDelivery.requireQueued(result.delivery());
        String delivery = result.queued() ? outcome : result.sentBefore()
                ? "this week's report was already sent today; not sent again" : "this week's report was queued before today; " + outcome;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("week_ending", today.toString());
        fields.put("recommendations", written.recommendations());
        fields.put("recommendations_source", written.source());
        session.printMessage(fields, text, delivery);
        return ExitCode.OK;
    }
}
