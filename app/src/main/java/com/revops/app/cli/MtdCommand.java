package com.revops.app.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.domain.revenue.MonthToDate;
import com.revops.integrations.revenue.RevenueEngine;

/** {@code --mtd} (SPEC §4, §5). */
final class MtdCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        MonthToDate mtd = new RevenueEngine(session.services().database(), session.services().zone()).monthToDate(asOf);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("month", mtd.month().toString());
            json.put("revenue", Format.cents(mtd.revenue()));
            json.put("deals_closed", mtd.dealsClosed());
            json.put("churned", Format.cents(mtd.churned()));
            json.put("from", mtd.from().toString());
            json.put("as_of", mtd.asOf().toString());
            json.put("time_zone", session.services().zone().getId());
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        out.println("Month to date: " + mtd.month() + " (" + session.services().zone().getId() + "), up to "
                + Format.when(asOf, session.services().zone()));
        out.println();
        new TextTable("This month", "")
                .row("Revenue", Format.money(mtd.revenue()))
                .row("Deals closed", mtd.dealsClosed())
                .row("Churned", Format.money(mtd.churned()))
                .print(out);
        return ExitCode.OK;
    }
}
