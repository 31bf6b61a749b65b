package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.domain.brief.DailyBriefData;
import com.revops.scheduler.context.Briefings;

/**
 * {@code --daily-brief} (SPEC §5, §8): yesterday's snapshot if missing, then the brief to Telegram
 * through the outbox — at most once a day (the console's scheduler and a cron call share the key).
 * Queued work is not lost (SPEC §9): without Telegram settings the brief waits in the outbox and the
 * call succeeds, saying so; so does a call while another RevOps process delivers. Telegram not taking
 * it: exit 3; wrong Telegram settings: exit 2 (decision 0029).
 * With {@code --json} the brief's figures come along exactly (to the cent), beside the text that rounds them.
 */
final class DailyBriefCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        var services = session.services();
        Instant asOf = services.clock().instant();
        LocalDate today = asOf.atZone(services.zone()).toLocalDate();
        Briefings.Result result = new Briefings(services).sendDailyBrief(asOf, false);
        String delivery = TelegramDelivery.requireQueued(result.delivery());
        session.printMessage(result.daily().map(DailyBriefCommand::fields).orElse(Map.of("day", today.toString())), result.text(),
                result.queued() ? delivery
                : result.sentBefore() ? "today's brief was already sent; not sent again" : "today's brief was queued before; " + delivery);
        return ExitCode.OK;
    }

    /** The exact figures behind the brief's rounded ones. */
    private static Map<String, Object> fields(DailyBriefData d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("day", d.day().toString());
        fields.put("pipeline_value", Formats.cents(d.pipeline().totalValue()));
        fields.put("forecast_30", Formats.cents(d.forecast30()));
        fields.put("mtd_revenue", Formats.cents(d.monthToDate().revenue()));
        fields.put("deals_this_month", d.monthToDate().dealsClosed());
        fields.put("top_offer", d.topOffer().map(o -> {
            Map<String, Object> top = new LinkedHashMap<>();
            top.put("offer", o.offerTag());
            top.put("revenue", Formats.cents(o.revenue()));
            top.put("cost", Formats.cents(o.cost()));
            top.put("cost_breakdown", Map.of("ads", Formats.cents(o.costs().adSpend()), "ai", Formats.cents(o.costs().aiCredits()),
                    "time", Formats.cents(o.costs().operatorTime())));
            top.put("roi", Formats.rate(o.roi()));
            return top;
        }).orElse(null));
        fields.put("alerts_listed", d.alerts().size());
        fields.put("alerts_already_sent_today", d.alreadySent().size());
        return fields;
    }
}
