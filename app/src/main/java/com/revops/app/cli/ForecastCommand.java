package com.revops.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.domain.common.Stage;
import com.revops.domain.forecast.AccuracyTable;
import com.revops.domain.forecast.ByHorizon;
import com.revops.domain.forecast.CallsForecast.WithCalls;
import com.revops.domain.forecast.Contribution;
import com.revops.domain.forecast.DealCall;
import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.domain.forecast.ForecastWords;
import com.revops.domain.forecast.Interval;
import com.revops.integrations.revenue.ForecastCalls;
import com.revops.integrations.revenue.ForecastContact;
import com.revops.integrations.revenue.ForecastContacts;
import com.revops.integrations.revenue.RevenueEngine;

/**
 * {@code --forecast} (SPEC §4, §5): the hazard headline with its likely range, new leads and recurring
 * revenue, the three methods side by side with their ledger accuracy, what each stage and age adds, and
 * the top contacts by expected revenue.
 */
final class ForecastCommand implements CliAction {
    private static final int TEXT_CONTACTS = 10;

    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        var db = session.services().database();
        var inputs = new RevenueEngine(db, session.services().zone()).forecastInputs(asOf);
        Forecast forecast = com.revops.domain.forecast.ForecastModel.withRange(inputs);
        AccuracyTable accuracy = session.services().stores().forecastLedger().accuracy(asOf);
        List<ForecastContact> contacts = session.services().stores().forecastContacts().top(forecast);
        var slipped = session.services().stores().slippedDeals().at(asOf);
        var target = new com.revops.integrations.revenue.MonthTarget(db, session.services().zone()).at(asOf, inputs, slipped.total());
        ForecastCalls calls = session.services().stores().forecastCalls();
        WithCalls withCalls = calls.apply(forecast, inputs);
        Map<java.util.UUID, DealCall> called = calls.all();
        if (session.json()) {
            Map<String, Object> json = json(asOf, forecast, accuracy, contacts, withCalls, called);
            json.put("with_calls", CallsReport.json(withCalls));
            SlippedReport.putJson(json, slipped);
            json.put("target", TargetReport.json(target));
            session.printJson(json);
        } else {
            text(session.out(), session, asOf, forecast, accuracy, contacts, withCalls, called);
            session.out().println();
            CallsReport.text(session.out(), forecast, withCalls);
            session.out().println();
            SlippedReport.text(session.out(), slipped);
            session.out().println();
            target.ifPresentOrElse(t -> TargetReport.text(session.out(), t),
                    () -> session.out().println("No target for this month: set one with --target YYYY-MM AMOUNT."));
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> json(Instant asOf, Forecast f, AccuracyTable accuracy, List<ForecastContact> contacts, WithCalls withCalls,
                                            Map<java.util.UUID, DealCall> called) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("as_of", asOf.toString());
        for (int h : ByHorizon.DAYS) {
            json.put("forecast_" + h, Formats.cents(f.hazard().at(h)));
        }
        json.put("weighted_pipeline", Formats.cents(f.weightedPipeline()));
        for (int h : ByHorizon.DAYS) {
            f.range().ifPresent(r -> json.put("interval_" + h, interval(r.at(h))));
        }
        for (int h : ByHorizon.DAYS) {
            json.put("recurring_" + h, Formats.cents(f.recurring().at(h)));
        }
        for (int h : ByHorizon.DAYS) {
            json.put("total_" + h, Formats.cents(f.total(h)));
        }
        for (int h : ByHorizon.DAYS) {
            json.put("new_leads_" + h, Formats.cents(f.newLeads().at(h)));
        }
        List<Map<String, Object>> methods = new ArrayList<>();
        for (ForecastMethod m : ForecastMethod.values()) {
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("name", m.code());
            for (int h : ByHorizon.DAYS) {
                method.put("forecast_" + h, Formats.cents(figures(f, withCalls, m).at(h)));
            }
            AccuracyReport.putScores(method, accuracy, m);
            methods.add(method);
        }
        json.put("methods", methods);
        json.putAll(AccuracyReport.best(accuracy));
        Map<String, Object> p = new LinkedHashMap<>();
        for (Stage s : Stage.OPEN) {
            p.put(s.code(), Formats.rate(f.closeProbability().get(s)));
        }
        json.put("close_probability", p);
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Contribution c : f.contributions()) {
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("stage", c.stage().code());
            part.put("age", c.age().label());
            part.put("contacts", c.contacts());
            for (int h : ByHorizon.DAYS) {
                part.put("expected_" + h, Formats.cents(c.expected().at(h)));
            }
            parts.add(part);
        }
        json.put("contributions", parts);
        List<Map<String, Object>> top = new ArrayList<>();
        for (ForecastContact c : contacts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("contact", c.contact());
            row.put("name", c.name());
            row.put("stage", c.stage().code());
            row.put("offer", c.offer().orElse(null));
            row.put("age_days", c.ageDays());
            row.put("p_close_30", Formats.rate(java.math.BigDecimal.valueOf(c.pClose30())));
            row.put("expected_30", Formats.cents(c.expected30()));
            row.put("call", Optional.ofNullable(called.get(c.id())).map(DealCall::code).orElse(null));
            top.add(row);
        }
        json.put("contacts", top);
        return json;
    }

    /** A method's 30/60/90-day figures: a model's, or the hazard's with the operator's calls. */
    static ByHorizon<java.math.BigDecimal> figures(Forecast f, WithCalls withCalls, ForecastMethod m) {
        return m == ForecastMethod.WITH_CALLS ? withCalls.expected() : f.method(m);
    }

    private static Map<String, Object> interval(Interval i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("p10", Formats.cents(i.p10()));
        json.put("p50", Formats.cents(i.p50()));
        json.put("p90", Formats.cents(i.p90()));
        return json;
    }

    private static void text(PrintWriter out, CliSession session, Instant asOf, Forecast f, AccuracyTable accuracy,
                             List<ForecastContact> contacts, WithCalls withCalls, Map<java.util.UUID, DealCall> called) {
        out.println("Forecast as of " + Formats.when(asOf, session.services().zone()));
        out.println();
        TextTable headline = new TextTable("Horizon", "Deals (hazard)", "Likely (P10–P90)", "of which new leads", "Recurring", "Total");
        for (int h : ByHorizon.DAYS) {
            headline.row("Next " + h + " days", Formats.money(f.hazard().at(h)),
                    f.range().map(r -> ForecastWords.range(r.at(h))).orElse(""), Formats.money(f.newLeads().at(h)),
                    Formats.money(f.recurring().at(h)), Formats.money(f.total(h)));
        }
        headline.print(out);
        out.println("Weighted pipeline (every open contact × P(close), PRD-046): " + Formats.money(f.weightedPipeline()));
        out.println();
        TextTable methods = new TextTable("Method", "30 days", "60 days", "90 days");
        for (ForecastMethod m : ForecastMethod.values()) {
            ByHorizon<java.math.BigDecimal> figures = figures(f, withCalls, m);
            methods.row(m.label(), Formats.money(figures.d30()), Formats.money(figures.d60()), Formats.money(figures.d90()));
        }
        methods.print(out);
        out.println();
        out.println("How past forecasts fared (accuracy ledger, one forecast per daily snapshot):");
        AccuracyReport.print(out, accuracy);
        out.println(ForecastWords.callsVerdict(accuracy.score(ForecastMethod.HAZARD, 30), accuracy.score(ForecastMethod.WITH_CALLS, 30)));
        out.println();
        TextTable parts = new TextTable("Open contacts adding to the 30-day forecast", "Contacts", "Expected");
        f.contributions().stream().sorted((a, b) -> b.expected().d30().compareTo(a.expected().d30()))
                .forEach(c -> parts.row(c.stage().label() + ", " + c.age().label(), c.contacts(), Formats.money(c.expected().d30())));
        parts.rule().row("New leads (not in the pipeline yet)", "", Formats.money(f.newLeads().d30()));
        parts.print(out);
        if (!contacts.isEmpty()) {
            out.println();
            TextTable top = new TextTable("Contact", "Stage", "Days in stage", "P(close ≤ 30 d)", "Expected", "Your call");
            contacts.stream().limit(TEXT_CONTACTS).forEach(c -> top.row(c.name(), c.stage().label(), Formats.days(c.ageDays()),
                    Formats.percent(java.math.BigDecimal.valueOf(c.pClose30())), Formats.money(c.expected30()),
                    Optional.ofNullable(called.get(c.id())).map(DealCall::label).orElse("")));
            top.print(out);
            out.println("(top " + Math.min(TEXT_CONTACTS, contacts.size()) + " by expected revenue; --json lists " + ForecastContacts.LIMIT + ")");
        }
    }
}
