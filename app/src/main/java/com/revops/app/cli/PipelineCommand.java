package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revops.domain.revenue.PipelineSummary;
import com.revops.integrations.revenue.RevenueEngine;

/** {@code --pipeline} (SPEC §4, §5). */
final class PipelineCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        PipelineSummary pipeline = new RevenueEngine(session.services().database(), session.services().zone()).pipeline(asOf);
        if (session.json()) {
            session.printJson(json(pipeline, asOf));
            return ExitCode.OK;
        }
        session.out().println("Pipeline as of " + Formats.when(asOf, session.services().zone()));
        session.out().println();
        TextTable table = new TextTable("Stage", "Contacts", "Value");
        for (PipelineSummary.StageLine line : pipeline.stages()) {
            table.row(line.stage().label(), line.contacts(), Formats.moneyCents(line.value()));
        }
        table.rule().row("Total", pipeline.totalContacts(), Formats.moneyCents(pipeline.totalValue()));
        table.print(session.out());
        return ExitCode.OK;
    }

    static Map<String, Object> json(PipelineSummary pipeline, Instant asOf) {
        List<Map<String, Object>> stages = new ArrayList<>();
        for (PipelineSummary.StageLine line : pipeline.stages()) {
            Map<String, Object> stage = new LinkedHashMap<>();
            stage.put("stage", line.stage().code());
            stage.put("contacts", line.contacts());
            stage.put("value", Formats.cents(line.value()));
            stages.add(stage);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("as_of", asOf.toString());
        json.put("stages", stages);
        json.put("total_contacts", pipeline.totalContacts());
        json.put("total_value", Formats.cents(pipeline.totalValue()));
        return json;
    }
}
