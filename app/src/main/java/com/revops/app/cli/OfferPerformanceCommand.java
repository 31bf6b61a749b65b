package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.revenue.AutomationRoi;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.OfferPerformanceCalculator;
import com.revops.domain.revenue.OperatorTime;
import com.revops.domain.revenue.Unattributed;
import com.revops.integrations.revenue.RevenueEngine;
import com.revops.integrations.settings.OperatorTimeSettings;

/** {@code --offer-performance} (SPEC §4): offer × platform × niche over the trailing 90 days, and automation ROI. */
final class OfferPerformanceCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        RevenueEngine engine = new RevenueEngine(session.services().database(), session.services().zone());
        OfferPerformanceCalculator.Result result = engine.offerPerformance(asOf);
        OperatorTime time = session.services().stores().operatorTime().read();
        List<AutomationRoi> automations = engine.automationRoi(asOf);
        Instant from = asOf.minus(RevenueEngine.PERFORMANCE_WINDOW);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("period_start", from.toString());
            json.put("period_end", asOf.toString());
            json.put("operator_time", Map.of("hourly_rate", Formats.cents(time.hourlyRate()),
                    "minutes_per_outreach_item", time.minutesPerOutreach(), "minutes_per_call_booked", time.minutesPerCall()));
            json.put("offers", rows(result.offers(), false));
            json.put("rows", rows(result.rows(), true));
            json.put("top_offer", result.topOffer().map(OfferPerformance::offerTag).orElse(null));
            json.put("total_revenue", Formats.cents(result.totalRevenue()));
            json.put("total_deals", result.totalDeals());
            List<Map<String, Object>> autos = new ArrayList<>();
            for (AutomationRoi a : automations) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("automation", a.automation());
                row.put("hours_saved", a.hoursSaved());
                row.put("hourly_rate", Formats.cents(a.hourlyRate()));
                row.put("attributed_revenue", Formats.cents(a.attributedRevenue()));
                row.put("value", Formats.cents(a.value()));
                row.put("cost", Formats.cents(a.cost()));
                row.put("roi", Formats.rate(a.roi()));
                autos.add(row);
            }
            json.put("automations", autos);
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        out.println("Offer performance, last 90 days to " + Formats.when(asOf, session.services().zone()));
        out.println("conversion = deals ÷ pipeline entries; ROI = (revenue − cost) ÷ cost");
        out.println("cost = ad spend + AI credits tagged with the offer + your time: " + timeRule(time));
        out.println();
        TextTable offers = new TextTable("Offer", "Entries", "Deals", "Revenue", "Ads", "AI", "Time", "Cost", "Conversion", "ROI");
        for (OfferPerformance o : result.offers()) {
            offers.row(o.offerTag(), o.pipelineEntries(), o.deals(), Formats.moneyCents(o.revenue()), Formats.moneyCents(o.costs().adSpend()),
                    Formats.moneyCents(o.costs().aiCredits()), Formats.moneyCents(o.costs().operatorTime()), Formats.moneyCents(o.cost()),
                    Formats.percent(o.conversion()), Formats.times(o.roi()));
        }
        offers.print(out);
        out.println("All offers, \"(no offer)\" included: " + Formats.money(result.totalRevenue()) + " from " + result.totalDeals()
                + (result.totalDeals() == 1 ? " deal" : " deals"));
        out.println();
        TextTable rows = new TextTable("Offer", "Platform", "Niche", "Impr.", "DMs", "Entries", "Sent", "Calls", "Deals", "Revenue",
                "Ads", "AI", "Time", "Cost", "Conv.", "ROI");
        for (OfferPerformance o : result.rows()) {
            rows.row(o.offerTag(), o.platform(), o.niche().orElse(Unattributed.UNKNOWN_NICHE), o.impressions(), o.dmStarts(),
                    o.pipelineEntries(), o.costs().outreachSent(), o.costs().callsBooked(), o.deals(), Formats.moneyCents(o.revenue()),
                    Formats.moneyCents(o.costs().adSpend()), Formats.moneyCents(o.costs().aiCredits()), Formats.moneyCents(o.costs().operatorTime()),
                    Formats.moneyCents(o.cost()), Formats.percent(o.conversion()), Formats.times(o.roi()));
        }
        rows.print(out);
        if (!automations.isEmpty()) {
            out.println();
            out.println("Automation ROI, last 30 days: (hours saved × hourly rate + attributed revenue) ÷ cost");
            TextTable autos = new TextTable("Automation", "Hours saved", "Revenue", "Value", "Cost", "ROI");
            for (AutomationRoi a : automations) {
                autos.row(a.automation(), a.hoursSaved().stripTrailingZeros().toPlainString(), Formats.moneyCents(a.attributedRevenue()),
                        Formats.moneyCents(a.value()), Formats.moneyCents(a.cost()), Formats.times(a.roi()));
            }
            autos.print(out);
        }
        return ExitCode.OK;
    }

    /** "$100/h, 3 min per outreach item sent, 45 min per call booked (Settings)". */
    static String timeRule(OperatorTime time) {
        return Formats.moneyCents(time.hourlyRate()) + "/h, " + time.minutesPerOutreach().stripTrailingZeros().toPlainString()
                + " min per outreach item sent, " + time.minutesPerCall().stripTrailingZeros().toPlainString()
                + " min per call booked (Settings)";
    }

    private static List<Map<String, Object>> rows(List<OfferPerformance> list, boolean withPlatform) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OfferPerformance o : list) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("offer", o.offerTag());
            if (withPlatform) {
                row.put("platform", o.platform());
                row.put("niche", o.niche().orElse(null));
            }
            row.put("impressions", o.impressions());
            row.put("engagements", o.engagements());
            row.put("dm_starts", o.dmStarts());
            row.put("pipeline_entries", o.pipelineEntries());
            row.put("deals", o.deals());
            row.put("revenue", Formats.cents(o.revenue()));
            row.put("outreach_sent", o.costs().outreachSent());
            row.put("calls_booked", o.costs().callsBooked());
            row.put("cost", Formats.cents(o.cost()));
            Map<String, Object> breakdown = new LinkedHashMap<>();
            breakdown.put("ads", Formats.cents(o.costs().adSpend()));
            breakdown.put("ai", Formats.cents(o.costs().aiCredits()));
            breakdown.put("time", Formats.cents(o.costs().operatorTime()));
            row.put("cost_breakdown", breakdown);
            row.put("conversion", Formats.rate(o.conversion()));
            row.put("roi", Formats.rate(o.roi()));
            rows.add(row);
        }
        return rows;
    }
}
