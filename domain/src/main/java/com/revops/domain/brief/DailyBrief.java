package com.revops.domain.brief;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.revops.domain.common.Html;
import com.revops.domain.common.Money;
import com.revops.domain.common.Ratios;
import com.revops.domain.common.Stage;
import com.revops.domain.forecast.ForecastWords;
import com.revops.domain.revenue.PipelineSummary;

/**
 * The morning brief in PRD-046's format, as Telegram HTML: every dynamic value escaped.
 * Stage lines run from the hottest stage down and skip empty stages.
 */
public final class DailyBrief {
    static final String RULE = "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final List<Stage> HOTTEST_FIRST = List.of(Stage.DECISION, Stage.CALL_BOOKED, Stage.CONSIDERATION,
            Stage.AWARENESS, Stage.COLD);
    static final int MAX_ALERTS = 5;

    private DailyBrief() {
    }

    public static String render(DailyBriefData d) {
        StringBuilder b = new StringBuilder();
        b.append("💰 <b>Revenue Ops Daily Brief — ").append(Html.escape(DAY.format(d.day()))).append("</b>\n");
        b.append(RULE).append('\n');
        PipelineSummary p = d.pipeline();
        long stagesWithContacts = p.stages().stream().filter(l -> l.contacts() > 0).count();
        b.append("Pipeline: <b>").append(Money.format(p.totalValue())).append("</b> (").append(contacts(p.totalContacts()))
                .append(" across ").append(stagesWithContacts).append(stagesWithContacts == 1 ? " stage)" : " stages)").append('\n');
        for (Stage stage : HOTTEST_FIRST) {
            p.stages().stream().filter(l -> l.stage() == stage && l.contacts() > 0).findFirst().ifPresent(l ->
                    b.append("  • ").append(Html.escape(l.stage().label())).append(": ").append(contacts(l.contacts()))
                            .append(" (").append(Money.format(l.value())).append(" potential)\n"));
        }
        b.append('\n');
        b.append("30-day Forecast: ").append(Html.escape(ForecastWords.headline(d.forecast30(), d.forecastRange30()))).append('\n');
        b.append("MTD Revenue: ").append(Money.format(d.monthToDate().revenue())).append('\n');
        b.append("Deals Closed This Month: ").append(d.monthToDate().dealsClosed()).append('\n');
        b.append('\n');
        b.append("Top Performing Offer: ").append(d.topOffer().map(o -> Html.escape(o.offerTag()) + " ("
                + o.conversion().map(DailyBrief::percent).orElse("n/a") + " conversion, "
                + Ratios.times(o.roi()) + " ROI)")
                .orElse("none yet (no revenue in the last 90 days)")).append('\n');
        b.append("Best Source: ").append(d.bestSource().map(s -> Html.escape(capitalise(s.platform())) + " → "
                + Html.escape(s.niche()) + " niche").orElse("none yet")).append('\n');
        if (d.alerts().isEmpty() && d.alreadySent().isEmpty()) {
            b.append("\n✅ No open alerts\n");
        } else {
            for (BriefAlert a : d.alerts().stream().limit(MAX_ALERTS).toList()) {
                b.append('\n').append("urgent".equals(a.severity()) ? "🚨" : "⚠️").append(" Alert: ").append(Html.escape(a.message())).append('\n');
                b.append("Action: ").append(Html.escape(a.action())).append('\n');
            }
            if (d.alerts().size() > MAX_ALERTS) {
                b.append("\n…and ").append(d.alerts().size() - MAX_ALERTS).append(" more open alerts in the console\n");
            }
            if (!d.alreadySent().isEmpty()) {
                b.append("\nℹ️ Also open, sent to you earlier today: ").append(Html.escape(grouped(d.alreadySent()))).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    /** "reply rate drop, high value silent ×2" — each name once, in the order first seen. */
    static String grouped(List<String> names) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        names.forEach(n -> counts.merge(n, 1, Integer::sum));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
                .toList());
    }

    static String contacts(long n) {
        return n + (n == 1 ? " contact" : " contacts");
    }

    static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
