package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.revenue.ConversionRates;
import com.revops.domain.revenue.ConversionStep;
import com.revops.integrations.revenue.RevenueEngine;

/** {@code --conversion-rates} (SPEC §4, §5). */
final class ConversionRatesCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        ConversionRates rates = new RevenueEngine(session.services().database(), session.services().zone()).conversionRates(asOf);
        if (session.json()) {
            List<Map<String, Object>> steps = new ArrayList<>();
            for (ConversionStep step : rates.steps()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("from", step.from().code());
                json.put("to", step.to().code());
                json.put("entered", step.entered());
                json.put("resolved", step.resolved());
                json.put("converted", step.converted());
                json.put("observed", Formats.rate(step.observed()));
                json.put("prior", Formats.rate(step.prior()));
                json.put("rate", Formats.rate(step.rate()));
                steps.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("as_of", asOf.toString());
            json.put("steps", steps);
            session.printJson(json);
            return ExitCode.OK;
        }
        session.out().println("Stage conversion as of " + Formats.when(asOf, session.services().zone()));
        session.out().println("observed = converted ÷ resolved; rate = blended with the PRD-046 prior as worth 20 contacts");
        session.out().println();
        TextTable table = new TextTable("Step", "Entered", "Resolved", "Converted", "Observed", "Prior", "Rate");
        for (ConversionStep step : rates.steps()) {
            table.row(step.from().label() + " → " + step.to().label(), step.entered(), step.resolved(), step.converted(),
                    Formats.percent(step.observed()), Formats.percent(step.prior()), Formats.percent(step.rate()));
        }
        table.print(session.out());
        return ExitCode.OK;
    }
}
