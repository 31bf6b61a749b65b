package com.revops.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.app.Formats;
import com.revops.domain.forecast.SlippedRule;
import com.revops.integrations.revenue.SlippedDeals.Slipped;
import com.revops.integrations.revenue.SlippedDeals.SlippedContact;

/** The slipped bucket as {@code --forecast} shows it: JSON keys {@code slipped}, {@code slipped_count}, {@code slipped_total}. */
final class SlippedReport {
    private static final int TEXT_CONTACTS = 10;

    private SlippedReport() {
    }

    static void putJson(Map<String, Object> json, Slipped s) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SlippedContact c : s.contacts()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("contact", c.contact());
            row.put("name", c.name());
            row.put("stage", c.stage().code());
            row.put("age_days", c.ageDays());
            row.put("p80_days", c.p80Days());
            row.put("value", Formats.cents(c.value()));
            rows.add(row);
        }
        json.put("slipped", rows);
        json.put("slipped_count", s.count());
        json.put("slipped_total", Formats.cents(s.total()));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (var a : s.advances()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("stage", a.stage().code());
            rule.put("advanced_spells", a.spells());
            rule.put("p80_days", s.rules().containsKey(a.stage()) ? a.p80Days().setScale(1, java.math.RoundingMode.HALF_UP) : null);
            rules.add(rule);
        }
        json.put("slipped_rules", rules);
    }

    static void text(PrintWriter out, Slipped s) {
        if (s.rules().isEmpty()) {
            out.println("Slipped: no stage has " + SlippedRule.MIN_SPELLS + " advances yet to tell a slipped deal from a slow one.");
            return;
        }
        if (s.count() == 0) {
            out.println("Slipped: none — no open contact is past its stage's 80th percentile of time to advance.");
            return;
        }
        out.println("Slipped: " + s.count() + (s.count() == 1 ? " contact" : " contacts") + ", " + Formats.money(s.total())
                + " — older in their stage than 80% of the contacts that advanced out of it took:");
        TextTable t = new TextTable("Contact", "Stage", "Days in stage", "80% advanced by", "Value");
        s.contacts().stream().limit(TEXT_CONTACTS).forEach(c -> t.row(c.name(), c.stage().label(), Formats.days(c.ageDays()),
                Formats.days(c.p80Days()), Formats.money(c.value())));
        t.print(out);
        if (s.count() > TEXT_CONTACTS) {
            out.println("(the " + TEXT_CONTACTS + " most overdue; --json lists up to " + com.revops.integrations.revenue.SlippedDeals.LIMIT + ")");
        }
    }
}
