package com.revops.app.cli;

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
                json.put("avg_days", Format.rate(line.days()));
                json.put("observed_days", Format.rate(line.observedDays()));
                json.put("prior_days", line.priorDays());
                stages.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("as_of", asOf.toString());
            json.put("stages", stages);
            json.put("velocity_per_day", sales.perDay().map(Format::cents).orElse(null));
            json.put("open_deals", sales.openDeals());
            json.put("win_rate", Format.rate(sales.winRate()));
            json.put("mean_deal_value", Format.cents(sales.meanDealValue()));
            json.put("cycle_days", Format.rate(sales.cycleDays()));
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        out.println("Time in stage as of " + Format.when(asOf, session.services().zone()));
        out.println("days = blended with the PRD-046 prior days as worth 20 transitions");
        out.println();
        TextTable table = new TextTable("Stage", "Transitions out", "Observed days", "Prior", "Days");
        for (TimeInStage.Line line : velocity.timeInStage().lines()) {
            table.row(line.stage().label(), line.transitions(), line.observedDays().map(Format::days).orElse("n/a"),
                    line.priorDays(), Format.days(line.days()));
        }
        table.print(out);
        out.println();
        out.printf("Sales velocity: %s per day  (%d open deals × %s win rate × %s mean deal ÷ %s days cycle)%n",
                sales.perDay().map(Format::money).orElse("n/a"), sales.openDeals(), Format.percent(sales.winRate()),
                Format.money(sales.meanDealValue()), Format.days(sales.cycleDays()));
        return ExitCode.OK;
    }
}
