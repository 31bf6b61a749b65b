package com.revops.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.domain.forecast.AccuracyTable;
import com.revops.domain.forecast.ByHorizon;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.domain.forecast.MethodScore;

/**
 * The per method × horizon accuracy table (SPEC §4), shared by {@code --forecast} (from the ledger) and
 * {@code --forecast --backtest}: WAPE and bias of the judged forecasts, or "not enough history" under 8.
 */
final class AccuracyReport {
    static final String NOT_ENOUGH = "not enough history";

    private AccuracyReport() {
    }

    /** wape_H, bias_H and judged_H for every horizon (null figures under 8 judged points), plus coverage_H where ranges were judged. */
    static void putScores(Map<String, Object> json, AccuracyTable table, ForecastMethod method) {
        for (int h : ByHorizon.DAYS) {
            MethodScore s = table.score(method, h);
            json.put("wape_" + h, s.enough() ? Formats.rate(s.wape()) : null);
            json.put("bias_" + h, s.enough() ? Formats.rate(s.bias()) : null);
            json.put("judged_" + h, s.points());
            s.coverage().ifPresent(c -> json.put("coverage_" + h, Formats.rate(c)));
        }
    }

    static Map<String, Object> best(AccuracyTable table) {
        Map<String, Object> best = new LinkedHashMap<>();
        for (int h : ByHorizon.DAYS) {
            best.put("best_" + h, table.best(h).map(ForecastMethod::code).orElse(null));
        }
        return best;
    }

    static void print(PrintWriter out, AccuracyTable table) {
        print(out, table, List.of(ForecastMethod.values()));
    }

    /** The table for these methods (the backtest has no calls to judge: the models only). */
    static void print(PrintWriter out, AccuracyTable table, List<ForecastMethod> shown) {
        boolean ranges = false;
        for (int h : ByHorizon.DAYS) {
            ranges |= table.score(ForecastMethod.HAZARD, h).coverage().isPresent();
        }
        TextTable t = ranges ? new TextTable("Method", "Horizon", "Judged", "WAPE", "Bias", "In P10–P90")
                : new TextTable("Method", "Horizon", "Judged", "WAPE", "Bias");
        for (ForecastMethod m : shown) {
            for (int h : ByHorizon.DAYS) {
                MethodScore s = table.score(m, h);
                boolean best = table.best(h).filter(b -> b == m).isPresent();
                String name = h == 30 ? m.label() : "";
                String wape = s.enough() ? Formats.percent(s.wape()) + (best ? " ★" : "") : NOT_ENOUGH;
                String bias = s.enough() ? signed(s.bias()) : "";
                if (ranges) {
                    t.row(name, h + " days", s.points(), wape, bias, s.coverage().map(Formats::percent).orElse(""));
                } else {
                    t.row(name, h + " days", s.points(), wape, bias);
                }
            }
        }
        t.print(out);
        out.println("WAPE = Σ|forecast − closed| ÷ Σ closed; bias = Σ(forecast − closed) ÷ Σ closed (+ ran high); ★ lowest WAPE; "
                + MethodScore.MIN_POINTS + " judged forecasts needed.");
    }

    static String signed(Optional<BigDecimal> rate) {
        return rate.map(b -> (b.signum() > 0 ? "+" : "") + Formats.percent(b)).orElse("n/a");
    }
}
