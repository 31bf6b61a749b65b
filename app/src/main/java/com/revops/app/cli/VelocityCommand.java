package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.revenue.SalesVelocity;
import com.revops.domain.revenue.TimeInStage;
import com.revops.integrations.revenue.RevenueEngine;

/** {@code --velocity} (SPEC §4, §5): time in stage and the classic sales velocity. */
final class VelocityCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        RevenueEngine.Velocity velocity = new RevenueEngine(session.services().database(), session.services().zone()).velocity(asOf);
        SalesVelocity sales = velocity.salesVelocity();
        if (session.json()) {
            List<Map<String, Object>> stages = new ArrayList<>();
            for (TimeInStage.Line line : velocity.timeInStage().lines()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("stage", line.stage().code());
                json.put("transitions", line.transitions());
                json.put("avg_days", Formats.rate(line.days()));
                json.put("observed_days", Formats.rate(line.observedDays()));
                json.put("prior_days", line.priorDays());
                stages.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("as_of", asOf.toString());
            json.put("stages", stages);
            json.put("velocity_per_day", sales.perDay().map(Formats::cents).orElse(null));
            json.put("open_deals", sales.openDeals());
            json.put("win_rate", Formats.rate(sales.winRate()));
            json.put("mean_deal_value", Formats.cents(sales.meanDealValue()));
            json.put("cycle_days", Formats.rate(sales.cycleDays()));
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        out.println("Time in stage as of " + Formats.when(asOf, session.services().zone()));
        out.println("days = blended with the PRD-046 prior days as worth 20 transitions");
        out.println();
        TextTable table = new TextTable("Stage", "Transitions out", "Observed days", "Prior", "Days");
        for (TimeInStage.Line line : velocity.timeInStage().lines()) {
            table.row(line.stage().label(), line.transitions(), line.observedDays().map(Formats::days).orElse("n/a"),
                    line.priorDays(), Formats.days(line.days()));
        }
        table.print(out);
        out.println();
        out.printf("Sales velocity: %s per day  (%d open deals × %s win rate × %s mean deal ÷ %s days cycle)%n",
                sales.perDay().map(Formats::money).orElse("n/a"), sales.openDeals(), Formats.percent(sales.winRate()),
                Formats.money(sales.meanDealValue()), Formats.days(sales.cycleDays()));
        return ExitCode.OK;
    }
}
