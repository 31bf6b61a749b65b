package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.revenue.TopSources;
import com.revops.integrations.revenue.RevenueEngine;

/** {@code --top-sources} (SPEC §4): platforms and niches ranked by revenue over the trailing 90 days. */
final class TopSourcesCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        TopSources top = new RevenueEngine(session.services().database(), session.services().zone()).topSources(asOf);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("period_start", asOf.minus(RevenueEngine.PERFORMANCE_WINDOW).toString());
            json.put("period_end", asOf.toString());
            json.put("total_revenue", Formats.cents(top.totalRevenue()));
            json.put("total_deals", top.totalDeals());
            json.put("platforms", ranked(top.platforms(), "platform"));
            json.put("niches", ranked(top.niches(), "niche"));
            json.put("best", top.bestPair().map(b -> {
                Map<String, Object> best = new LinkedHashMap<>();
                best.put("platform", b.platform());
                best.put("niche", b.niche());
                best.put("deals", b.deals());
                best.put("revenue", Formats.cents(b.revenue()));
                return best;
            }).orElse(null));
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        out.println("Top sources, last 90 days to " + Formats.when(asOf, session.services().zone()));
        out.println();
        print(out, "Platform", top.platforms());
        out.println("All platforms: " + Formats.money(top.totalRevenue()) + " from " + top.totalDeals() + (top.totalDeals() == 1 ? " deal" : " deals"));
        out.println();
        print(out, "Niche", top.niches());
        top.bestPair().ifPresent(b -> {
            out.println();
            out.printf("Best source: %s → %s (%s from %d deal%s)%n", b.platform(), b.niche(), Formats.money(b.revenue()), b.deals(),
                    b.deals() == 1 ? "" : "s");
        });
        return ExitCode.OK;
    }

    private static void print(java.io.PrintWriter out, String header, List<TopSources.Ranked> ranked) {
        TextTable table = new TextTable("#", header, "Deals", "Revenue");
        int i = 1;
        for (TopSources.Ranked r : ranked) {
            table.row(i++, r.name(), r.deals(), Formats.moneyCents(r.revenue()));
        }
        table.print(out);
    }

    private static List<Map<String, Object>> ranked(List<TopSources.Ranked> ranked, String key) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (TopSources.Ranked r : ranked) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(key, r.name());
            row.put("deals", r.deals());
            row.put("revenue", Formats.cents(r.revenue()));
            list.add(row);
        }
        return list;
    }
}
