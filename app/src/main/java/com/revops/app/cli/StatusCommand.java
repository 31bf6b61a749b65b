package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.alerts.Alert;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.SourceRevenue;
import com.revops.integrations.db.Database;
import com.revops.integrations.alerts.AlertCheck;
import com.revops.integrations.notify.Outbox;
import com.revops.integrations.revenue.RevenueEngine;

/** {@code --status} (PRD-046 "quick dashboard"): the headline numbers and the health of the app. */
final class StatusCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        var services = session.services();
        Database db = services.database();
        Instant asOf = services.clock().instant();
        RevenueEngine engine = new RevenueEngine(db, services.zone());
        RevenueEngine.Overview overview = engine.overview(asOf);
        java.util.Optional<OfferPerformance> top = engine.offerPerformance(asOf).topOffer();
        java.util.Optional<SourceRevenue> best = engine.topSources(asOf).bestPair();
        List<Alert> alerts = new AlertCheck(db, services.zone()).evaluate(asOf, overview);
        Outbox.Counts outbox = services.stores().outbox().counts();
        List<String> schedulers = services.stores().jobRuns().schedulersRunning();

        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("as_of", asOf.toString());
            json.put("pipeline_value", Formats.cents(overview.pipeline().totalValue()));
            json.put("open_contacts", overview.pipeline().totalContacts());
            json.put("forecast_30", Formats.cents(overview.forecast().forecast30()));
            json.put("mtd_revenue", Formats.cents(overview.monthToDate().revenue()));
            json.put("deals_this_month", overview.monthToDate().dealsClosed());
            json.put("top_offer", top.map(OfferPerformance::offerTag).orElse(null));
            json.put("best_source", best.map(b -> b.platform() + " → " + b.niche()).orElse(null));
            json.put("open_alerts", alerts.size());
            json.put("outbox", Map.of("pending", outbox.pending(), "sent", outbox.sent(), "failed", outbox.failed()));
            json.put("schedulers_running", schedulers);
            json.put("telegram_configured", services.credentials().telegram().isPresent());
            json.put("database", db.description());
            json.put("time_zone", services.zone().getId());
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        out.println("RevOps status — " + Formats.when(asOf, services.zone()));
        out.println();
        new TextTable("Headline", "")
                .row("Pipeline", Formats.money(overview.pipeline().totalValue()) + " (" + overview.pipeline().totalContacts() + " open contacts)")
                .row("30-day forecast", Formats.money(overview.forecast().forecast30()))
                .row("MTD revenue", Formats.money(overview.monthToDate().revenue()))
                .row("Deals this month", overview.monthToDate().dealsClosed())
                .row("Top offer", top.map(o -> o.offerTag() + " (" + Formats.percent(o.conversion()) + " conversion, "
                        + Formats.times(o.roi()) + " ROI)").orElse("—"))
                .row("Best source", best.map(b -> b.platform() + " → " + b.niche()).orElse("—"))
                .row("Open alerts", alerts.size() + (alerts.isEmpty() ? "" : " (run --alert-check for details)"))
                .print(out);
        out.println();
        new TextTable("Health", "")
                .row("Database", db.description())
                .row("Scheduler", schedulers.isEmpty() ? "not running (open the console or run --daemon)" : "running: " + String.join(", ", schedulers))
                .row("Telegram", services.credentials().telegram().isPresent() ? "configured" : "not configured")
                .row("Outbox", outbox.pending() + " pending, " + outbox.sent() + " sent, " + outbox.failed() + " failed"
                        + outbox.lastError().map(e -> " — last error: " + e).orElse(""))
                .row("Time zone", services.zone().getId())
                .print(out);
        return ExitCode.OK;
    }
}
