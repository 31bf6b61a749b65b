package com.revops.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.app.Formats;
import com.revops.domain.forecast.ByHorizon;
import com.revops.domain.forecast.CallsForecast.WithCalls;
import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.ForecastWords;
import com.revops.domain.forecast.Interval;

/** "Model + your calls" as {@code --forecast} shows it beside the model: the JSON object {@code with_calls} and its text. */
final class CallsReport {
    private CallsReport() {
    }

    /** {@code {calls, commit, upside, out, forecast_30, interval_30: {p10, p50, p90}, upside_30, …}}. */
    static Map<String, Object> json(WithCalls w) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("calls", w.calls());
        json.put("commit", w.commits());
        json.put("upside", w.upsides());
        json.put("out", w.outs());
        for (int h : ByHorizon.DAYS) {
            json.put("forecast_" + h, Formats.cents(w.expected().at(h)));
        }
        for (int h : ByHorizon.DAYS) {
            w.range().ifPresent(r -> json.put("interval_" + h, interval(r.at(h))));
        }
        for (int h : ByHorizon.DAYS) {
            json.put("upside_" + h, Formats.cents(w.upside().at(h)));
        }
        return json;
    }

    private static Map<String, Object> interval(Interval i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("p10", Formats.cents(i.p10()));
        json.put("p50", Formats.cents(i.p50()));
        json.put("p90", Formats.cents(i.p90()));
        return json;
    }

    static void text(PrintWriter out, Forecast model, WithCalls w) {
        if (w.calls() == 0) {
            out.println("Your calls: none (./revops --call CONTACT commit|upside|out sets one; the model's figures stand alone).");
            return;
        }
        out.println("Your calls: " + w.commits() + " commit, " + w.upsides() + " upside, " + w.outs() + " out");
        TextTable t = new TextTable("Next 30 days", "Expected", "Likely (P10–P90; P90 counts upside)");
        t.row("Model", Formats.money(model.hazard().d30()), model.range().map(r -> ForecastWords.range(r.d30())).orElse(""));
        t.row("Model + your calls", Formats.money(w.expected().d30()), w.range().map(r -> ForecastWords.range(r.d30())).orElse(""));
        t.print(out);
    }
}
