package com.revops.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.integrations.revenue.MonthTarget;

/** This month's target as {@code --target} and {@code --forecast} show it: the JSON object of SPEC §5 and its text. */
final class TargetReport {
    private TargetReport() {
    }

    /** {@code {month, amount, mtd, p_hit, expected_month_end, p10, p90, coverage, …}}, or null without a target. */
    static Map<String, Object> json(Optional<MonthTarget.Chance> chance) {
        if (chance.isEmpty()) {
            return null;
        }
        MonthTarget.Chance c = chance.get();
        var r = c.result();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("month", c.month().toString());
        json.put("amount", Formats.cents(r.target()));
        json.put("mtd", Formats.cents(r.mtd()));
        json.put("p_hit", Formats.rate(BigDecimal.valueOf(r.pHit())));
        json.put("expected_month_end", Formats.cents(r.expectedMonthEnd()));
        json.put("p10", Formats.cents(r.monthEnd().p10()));
        json.put("p50", Formats.cents(r.monthEnd().p50()));
        json.put("p90", Formats.cents(r.monthEnd().p90()));
        json.put("coverage", c.coverage().map(Formats::rate).orElse(null));
        json.put("shortfall_p50", Formats.cents(r.shortfallP50()));
        json.put("recurring_mtd", Formats.cents(c.recurringMtd()));
        json.put("days_left", c.daysLeft());
        List<Map<String, Object>> deciders = new ArrayList<>();
        for (MonthTarget.Decider d : c.deciders()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("contact", d.contact());
            row.put("name", d.name());
            row.put("stage", d.stage().code());
            row.put("value", Formats.cents(d.value()));
            row.put("p_close_month", Formats.rate(BigDecimal.valueOf(d.chance())));
            // p_hit with the contact minus p_hit without it
            row.put("p_hit_effect", Formats.rate(BigDecimal.valueOf(d.effect())));
            row.put("alike", d.alike());
            deciders.add(row);
        }
        json.put("deciders", deciders);
        return json;
    }

    static void text(PrintWriter out, MonthTarget.Chance c) {
        var r = c.result();
        out.println(c.headline());
        TextTable t = new TextTable("This month", "");
        t.row("Target (new deals)", Formats.money(r.target()));
        t.row("New deals so far", Formats.money(r.mtd()));
        t.row("Recurring so far (beside it)", Formats.money(c.recurringMtd()));
        t.row("Expected at month end", Formats.money(r.expectedMonthEnd()) + " (likely " + Formats.money(r.monthEnd().p10()) + "–"
                + Formats.money(r.monthEnd().p90()) + ")");
        t.row("Coverage (weighted pipeline ÷ gap)", c.coverage().map(x -> x.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "×")
                .orElse("target met"));
        t.row("Days left", c.daysLeft());
        t.print(out);
        if (!c.deciders().isEmpty()) {
            TextTable d = new TextTable("What decides it", "Stage", "Deal", "Closes by month end", "Chance without it");
            c.deciders().forEach(x -> d.row(x.name() + (x.alike() > 1 ? " (+" + (x.alike() - 1) + " alike)" : ""), x.stage().label(),
                    Formats.money(x.value()), Formats.percent(BigDecimal.valueOf(x.chance())),
                    Formats.percent(BigDecimal.valueOf(Math.max(0, c.result().pHit() - x.effect())))));
            d.print(out);
        }
    }
}
