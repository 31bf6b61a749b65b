package com.revops.domain.brief;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.revops.domain.common.Html;
import com.revops.domain.common.Money;
import com.revops.domain.common.Ratios;
import com.revops.domain.forecast.ForecastWords;
import com.revops.domain.forecast.MethodScore;
import com.revops.domain.funnel.FunnelStep;
import com.revops.domain.revenue.ConversionStep;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.TopSources;

/** The weekly revenue report as Telegram HTML (dynamic values escaped). */
public final class WeeklyReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private WeeklyReport() {
    }

    public static String render(WeeklyReportData d, List<String> recommendations, String recommendationsSource) {
        StringBuilder b = new StringBuilder();
        b.append("📊 <b>Weekly Revenue Report — week ending ").append(Html.escape(DAY.format(d.weekEnding()))).append("</b>\n");
        b.append(DailyBrief.RULE).append('\n');
        b.append("Pipeline: <b>").append(Money.format(d.pipeline().totalValue())).append("</b> (")
                .append(DailyBrief.contacts(d.pipeline().totalContacts())).append(")\n");
        b.append("MTD Revenue: ").append(Money.format(d.monthToDate().revenue())).append(" · deals ")
                .append(d.monthToDate().dealsClosed()).append(" · churn ").append(Money.format(d.monthToDate().churned())).append('\n');

        b.append("\n<b>Conversion</b> (observed → blended)\n");
        for (ConversionStep s : d.steps()) {
            b.append("  • ").append(Html.escape(s.from().label())).append(" → ").append(Html.escape(s.to().label())).append(": ")
                    .append(s.observed().map(DailyBrief::percent).orElse("n/a")).append(" → ").append(DailyBrief.percent(s.rate()))
                    .append(" (n=").append(s.resolved()).append(")\n");
        }

        b.append("\n<b>Top sources</b> (90 days, ").append(Money.format(d.sources().totalRevenue())).append(" from ")
                .append(d.sources().totalDeals()).append(d.sources().totalDeals() == 1 ? " deal)\n" : " deals)\n");
        List<TopSources.Ranked> platforms = d.sources().platforms().stream().limit(3).toList();
        if (platforms.isEmpty()) {
            b.append("  • no revenue yet\n");
        }
        for (TopSources.Ranked r : platforms) {
            b.append("  • ").append(Html.escape(r.name())).append(": ").append(Money.format(r.revenue())).append(" (").append(r.deals())
                    .append(r.deals() == 1 ? " deal)\n" : " deals)\n");
        }
        for (TopSources.Ranked r : d.sources().niches().stream().limit(3).toList()) {
            b.append("  • niche ").append(Html.escape(r.name())).append(": ").append(Money.format(r.revenue())).append('\n');
        }

        b.append("\n<b>Offers</b> (90 days, ").append(Money.format(d.offers().totalRevenue())).append(" in all: revenue · conversion · ROI)\n");
        for (OfferPerformance o : d.offers().offers()) {
            b.append("  • ").append(Html.escape(o.offerTag())).append(": ").append(Money.format(o.revenue())).append(" · ")
                    .append(o.conversion().map(DailyBrief::percent).orElse("n/a")).append(" · ")
                    .append(Ratios.times(o.roi())).append('\n');
        }

        b.append("\n<b>Forecast</b>: 30d ").append(Html.escape(ForecastWords.headline(d.forecast().forecast30(),
                        d.forecast().range().map(r -> r.d30())))).append(" · 60d ")
                .append(Money.format(d.forecast().forecast60())).append(" · 90d ").append(Money.format(d.forecast().forecast90()))
                .append(" · recurring 30d ").append(Money.format(d.forecast().recurring().d30()))
                .append(" · weighted ").append(Money.format(d.forecast().weightedPipeline())).append('\n');
        if (!d.accuracy().enough()) {
            b.append("Accuracy: not enough history yet (").append(d.accuracy().points()).append(" of ").append(MethodScore.MIN_POINTS)
                    .append(" past 30-day forecasts judged)\n");
        } else {
            b.append("Accuracy over ").append(d.accuracy().points()).append(" past 30-day forecasts: WAPE ")
                    .append(d.accuracy().wape().map(DailyBrief::percent).orElse("n/a")).append(", bias ")
                    .append(d.accuracy().bias().map(x -> (x.signum() > 0 ? "+" : "") + DailyBrief.percent(x)).orElse("n/a")).append('\n');
        }

        WeeklyReportData.CreditBurn c = d.credits();
        b.append("\n<b>AI credits</b>: ").append(Money.formatCents(c.lastSevenDays())).append(" this week · ")
                .append(Money.formatCents(c.monthToDate())).append(" of ").append(Money.formatCents(c.monthlyLimit())).append(" this month · projected ")
                .append(Money.formatCents(c.projectedMonthEnd())).append('\n');
        for (Map.Entry<String, BigDecimal> e : c.byModel().entrySet()) {
            b.append("  • ").append(Html.escape(e.getKey())).append(": ").append(Money.formatCents(e.getValue())).append('\n');
        }

        d.funnel().ifPresent(f -> {
            b.append("\n<b>Funnel</b>: phase ").append(f.phase().number()).append(" · ").append(f.payingUsers()).append(" paying users · MRR ")
                    .append(Money.format(f.mrr()));
            f.nextThreshold().ifPresent(n -> b.append(" · ").append(n - f.payingUsers()).append(" to phase ").append(f.phase().number() + 1));
            b.append('\n');
            for (FunnelStep step : FunnelStep.values()) {
                BigDecimal rate = f.rates().get(step);
                if (rate != null) {
                    b.append("  • ").append(step.label()).append(": ").append(DailyBrief.percent(rate)).append(" (")
                            .append(step.judge(rate).name().toLowerCase(Locale.ROOT)).append(" target)\n");
                }
            }
        });

        b.append("\n<b>Recommendations</b>").append(recommendationsSource.isBlank() ? "" : " (" + Html.escape(recommendationsSource) + ")")
                .append('\n');
        int i = 1;
        for (String r : recommendations) {
            b.append(i++).append(". ").append(Html.escape(r)).append('\n');
        }
        return b.toString().stripTrailing();
    }
}
