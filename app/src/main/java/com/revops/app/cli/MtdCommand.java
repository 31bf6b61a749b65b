package com.revops.app.cli;

import com.revops.app.Formats;
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
            json.put("revenue", Formats.cents(mtd.revenue()));
            json.put("deals_closed", mtd.dealsClosed());
            json.put("churned", Formats.cents(mtd.churned()));
            json.put("from", mtd.from().toString());
            json.put("as_of", mtd.asOf().toString());
            json.put("time_zone", session.services().zone().getId());
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        out.println("Month to date: " + mtd.month() + " (" + session.services().zone().getId() + "), up to "
                + Formats.when(asOf, session.services().zone()));
        out.println();
        new TextTable("This month", "")
                .row("Revenue", Formats.money(mtd.revenue()))
                .row("Deals closed", mtd.dealsClosed())
                .row("Churned", Formats.money(mtd.churned()))
                .print(out);
        return ExitCode.OK;
    }
}
