package com.revops.app.cli;

import com.revops.app.Formats;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.domain.common.Stage;
import com.revops.domain.revenue.Forecast;
import com.revops.domain.revenue.ForecastAccuracy;
import com.revops.integrations.revenue.RevenueEngine;

/** {@code --forecast} (SPEC §4, §5), with forecast accuracy when snapshots allow it. */
final class ForecastCommand implements CliAction {
    @Override
    public int run(CliSession session) {
        Instant asOf = session.services().clock().instant();
        RevenueEngine engine = new RevenueEngine(session.services().database(), session.services().zone());
        Forecast forecast = engine.forecast(asOf);
        ForecastAccuracy accuracy = engine.forecastAccuracy(asOf);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("as_of", asOf.toString());
            json.put("forecast_30", Formats.cents(forecast.forecast30()));
            json.put("forecast_60", Formats.cents(forecast.forecast60()));
            json.put("forecast_90", Formats.cents(forecast.forecast90()));
            json.put("weighted_pipeline", Formats.cents(forecast.weightedPipeline()));
            Map<String, Object> p = new LinkedHashMap<>();
            for (Stage s : Stage.OPEN) {
                p.put(s.code(), Formats.rate(forecast.closeProbability().get(s)));
            }
            json.put("close_probability", p);
            json.put("accuracy", accuracyJson(accuracy));
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        out.println("Forecast as of " + Formats.when(asOf, session.services().zone()));
        out.println();
        new TextTable("Horizon", "Expected revenue")
                .row("Next 30 days", Formats.money(forecast.forecast30()))
                .row("Next 60 days", Formats.money(forecast.forecast60()))
                .row("Next 90 days", Formats.money(forecast.forecast90()))
                .rule()
                .row("Weighted pipeline", Formats.money(forecast.weightedPipeline()))
                .print(out);
        out.println();
        TextTable p = new TextTable("Stage", "P(close)");
        for (Stage s : Stage.OPEN) {
            p.row(s.label(), Formats.percent(forecast.closeProbability().get(s)));
        }
        p.print(out);
        out.println();
        if (accuracy.points().isEmpty()) {
            out.println("Forecast accuracy: no snapshot is 30 days old yet.");
        } else {
            out.printf("Forecast accuracy over %d past 30-day forecasts: WAPE %s, bias %s, MAPE %s%n", accuracy.points().size(),
                    Formats.percent(accuracy.wape()), accuracy.bias().map(b -> (b.signum() > 0 ? "+" : "") + Formats.percent(b)).orElse("n/a"),
                    Formats.percent(accuracy.mape()));
        }
        return ExitCode.OK;
    }

    static Map<String, Object> accuracyJson(ForecastAccuracy accuracy) {
        if (accuracy.points().isEmpty()) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("forecasts_judged", accuracy.points().size());
        json.put("wape", Formats.rate(accuracy.wape()));
        json.put("bias", Formats.rate(accuracy.bias()));
        json.put("mape", Formats.rate(accuracy.mape()));
        return json;
    }
}
