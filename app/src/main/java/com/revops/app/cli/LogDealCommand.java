package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.alerts.Alert;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.revenue.DealRecorder;

/**
 * {@code --log-deal CONTACT AMOUNT OFFER} (SPEC §5): records the deal at now (or --as-of) and fires
 * its own deal_closed alert at once. The same contact, amount and offer within 24 hours is refused
 * (exit 2, naming the earlier deal) unless {@code --allow-duplicate}. Exits 0 once the deal is recorded, even when Telegram is down —
 * the alert waits in the outbox, and a cron retry must not log the deal twice.
 */
final class LogDealCommand implements CliAction {
    private final DealRecorder.DealRequest request;

    LogDealCommand(RevopsCommand c) {
        List<String> args = c.logDeal;
        this.request = new DealRecorder.DealRequest(args.get(0), args.get(1), args.get(2), Optional.ofNullable(c.eventType),
                Optional.ofNullable(c.platform), Optional.ofNullable(c.niche), Optional.ofNullable(c.notes), c.allowDuplicate);
    }

    @Override
    public int run(CliSession session) {
        var services = session.services();
        Instant at = services.clock().instant();
        DealRecorder.RecordedDeal deal = services.stores().dealRecorder().record(request, at, services.wallClock().instant());
        Alert alert = deal.alert();
        Notifier notifier = services.notifier();
        notifier.raise(List.of(alert), at);
        String delivery = TelegramDelivery.deliverQuietly(notifier, at, Notifier.alertKey(alert, at.atZone(services.zone()).toLocalDate()));
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("event_id", deal.eventId().toString());
            json.put("contact_id", deal.contactId().toString());
            json.put("contact", deal.contactName());
            json.put("event_type", deal.type().code());
            json.put("offer", deal.offer());
            json.put("amount", Formats.cents(deal.amount()));
            json.put("closed_at", deal.closedAt().toString());
            json.put("days_to_close", deal.daysToClose().orElse(null));
            json.put("moved_from_stage", deal.movedFrom().orElse(null));
            json.put("alert", Map.of("type", alert.type().code(), "severity", alert.severity().code(), "subject", alert.subject(),
                    "message", alert.message()));
            json.put("delivery", delivery);
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        out.printf("Logged %s: %s — %s (%s)%s%n", deal.type().code(), deal.contactName(), Formats.moneyCents(deal.amount()), deal.offer(),
                deal.daysToClose().map(d -> ", " + d + " days from first contact").orElse(""));
        deal.movedFrom().ifPresent(from -> out.println("Moved " + deal.contactName() + " from " + from + " to closed_won."));
        out.println("deal_closed alert: " + delivery);
        return ExitCode.OK;
    }
}
