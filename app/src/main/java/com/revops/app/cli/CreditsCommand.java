package com.revops.app.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.revops.app.Formats;
import com.revops.domain.credits.Budget;
import com.revops.domain.credits.CreditBurn;
import com.revops.domain.credits.CreditGovernor;
import com.revops.integrations.credits.CreditBurnReader;

/**
 * {@code --credits} (SPEC §5): today's and this month's AI spend against the budgets with their
 * level (ok, warning from 80%, exceeded at 100%), the month by model and by task type, the
 * month-end projection at the current run rate, and the task types suspended now.
 */
final class CreditsCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        ZoneId zone = session.services().zone();
        CreditBurn burn = new CreditBurnReader(session.services().database(), zone).read(asOf);
        if (session.json()) {
            session.printJson(json(burn, zone));
        } else {
            print(session, burn, zone);
        }
        return ExitCode.OK;
    }

    static Map<String, Object> json(CreditBurn burn, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("as_of", burn.asOf().toString());
        json.put("time_zone", zone.getId());
        Map<String, Object> today = budget(burn.spentToday(), burn.daily());
        today.put("date", burn.asOf().atZone(zone).toLocalDate().toString());
        today.put("resets_at", CreditGovernor.nextDayStart(burn.asOf(), zone).toString());
        json.put("today", today);
        Map<String, Object> month = budget(burn.spentThisMonth(), burn.monthly());
        month.put("month", burn.month().toString());
        month.put("projected_month_end", Formats.cents(burn.projectedMonthEnd()));
        month.put("projected_level", level(burn.projectedLevel()));
        json.put("month", month);
        json.put("by_model", lines("model", burn.byModel()));
        json.put("by_task_type", lines("task_type", burn.byTaskType()));
        List<Map<String, Object>> suspended = new ArrayList<>();
        for (CreditBurn.RouteNow r : burn.suspended()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("task_type", r.route().taskType());
            line.put("model", r.route().model());
            line.put("reason", r.decision().reason().orElse(null));
            suspended.add(line);
        }
        json.put("suspended", suspended);
        json.put("suspended_until", burn.suspended().isEmpty() ? null : burn.suspendedUntil().map(Instant::toString).orElse(null));
        List<Map<String, Object>> routes = new ArrayList<>();
        for (CreditBurn.RouteNow r : burn.routes()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("task_type", r.route().taskType());
            line.put("model", r.route().model());
            line.put("critical", r.route().critical());
            line.put("suspended", r.decision().suspended());
            routes.add(line);
        }
        json.put("routes", routes);
        return json;
    }

    private static Map<String, Object> budget(BigDecimal spent, Budget budget) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("spent", Formats.cents(spent));
        json.put("limit", Formats.cents(budget.limit()));
        json.put("share", CreditBurn.share(spent, budget).map(Formats::rate).orElse(null));
        json.put("warn_at_percent", budget.warnAtPercent().stripTrailingZeros());
        json.put("level", level(budget.level(spent)));
        return json;
    }

    private static List<Map<String, Object>> lines(String key, Map<String, BigDecimal> spend) {
        List<Map<String, Object>> lines = new ArrayList<>();
        spend.forEach((name, spent) -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put(key, name);
            line.put("spent", Formats.cents(spent));
            lines.add(line);
        });
        return lines;
    }

    static String level(Budget.Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static void print(CliSession session, CreditBurn burn, ZoneId zone) {
        var out = session.out();
        out.println("AI credits — " + Formats.when(burn.asOf(), zone));
        out.println();
        new TextTable("Budget", "Spent", "Limit", "Used", "Level")
                .row("Today", Formats.moneyCents(burn.spentToday()), Formats.moneyCents(burn.daily().limit()),
                        CreditBurn.share(burn.spentToday(), burn.daily()).map(Formats::percent).orElse("n/a"), level(burn.todayLevel()))
                .row(burn.month().format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US)), Formats.moneyCents(burn.spentThisMonth()), Formats.moneyCents(burn.monthly().limit()),
                        CreditBurn.share(burn.spentThisMonth(), burn.monthly()).map(Formats::percent).orElse("n/a"), level(burn.monthLevel()))
                .row("Month end (projected)", Formats.moneyCents(burn.projectedMonthEnd()), Formats.moneyCents(burn.monthly().limit()),
                        CreditBurn.share(burn.projectedMonthEnd(), burn.monthly()).map(Formats::percent).orElse("n/a"),
                        level(burn.projectedLevel()))
                .print(out);
        out.println();
        spendTable(out, "Model (this month)", burn.byModel());
        out.println();
        spendTable(out, "Task type (this month)", burn.byTaskType());
        out.println();
        if (burn.suspended().isEmpty()) {
            out.println("Suspended now: none — every task type may run.");
        } else {
            out.println("SUSPENDED now: " + String.join(", ", burn.suspended().stream().map(r -> r.route().taskType()).toList())
                    + burn.suspendedUntil().map(at -> " until " + Formats.when(at, zone)).orElse(""));
            out.println("  " + burn.suspended().get(0).decision().reason().orElse(""));
        }
        out.println("Budget day and month in " + zone.getId() + "; today resets at "
                + Formats.when(CreditGovernor.nextDayStart(burn.asOf(), zone), zone) + ".");
    }

    private static void spendTable(java.io.PrintWriter out, String heading, Map<String, BigDecimal> spend) {
        TextTable table = new TextTable(heading, "Spent");
        spend.forEach((name, spent) -> table.row(name, Formats.moneyCents(spent)));
        if (spend.isEmpty()) {
            table.row("(no spend)", Formats.moneyCents(BigDecimal.ZERO));
        }
        table.print(out);
    }
}
