package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.alerts.Alert;
import com.revops.integrations.alerts.AlertCheck;
import com.revops.integrations.notify.Notifier;

/**
 * {@code --alert-check} (SPEC §4): evaluates every rule at as_of; alerts not yet raised today are
 * logged and sent (once per type + subject + day).
 */
final class AlertCheckCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        var services = session.services();
        Instant asOf = services.clock().instant();
        List<Alert> alerts = new AlertCheck(services.database(), services.zone()).evaluate(asOf);
        Notifier notifier = services.notifier();
        List<Alert> fresh = notifier.raise(alerts, asOf);
        String delivery = fresh.isEmpty() ? "nothing new to send" : TelegramDelivery.deliverQuietly(notifier, asOf,
                Notifier.alertKey(fresh.get(fresh.size() - 1), asOf.atZone(services.zone()).toLocalDate()));
        if (session.json()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Alert a : alerts) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("type", a.type().code());
                json.put("severity", a.severity().code());
                json.put("subject", a.subject());
                json.put("message", a.message());
                json.put("action", a.action());
                json.put("new", fresh.contains(a));
                list.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("as_of", asOf.toString());
            json.put("alerts", list);
            json.put("delivery", delivery);
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        if (alerts.isEmpty()) {
            out.println("No alerts as of " + Formats.when(asOf, services.zone()) + ".");
            return ExitCode.OK;
        }
        out.println(alerts.size() + " alert" + (alerts.size() == 1 ? "" : "s") + " as of " + Formats.when(asOf, services.zone()) + ":");
        for (Alert a : alerts) {
            out.println();
            out.printf("[%s] %s — %s%s%n", a.severity().code(), a.type().code(), a.subject(),
                    fresh.contains(a) ? " (new)" : " (already sent today)");
            out.println("  " + a.message());
            out.println("  Action: " + a.action());
        }
        out.println();
        out.println("Delivery: " + delivery);
        return ExitCode.OK;
    }
}
