package com.revops.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.integrations.revenue.ForecastBacktest;
import com.revops.integrations.revenue.RevenueEngine;

/**
 * {@code --forecast --backtest [--from DATE] [--every DAYS]} (SPEC §4): every method recomputed at past
 * instants from the history alone, judged against what closed after each, in the accuracy ledger's table.
 */
final class BacktestCommand implements CliAction {
    private final Optional<String> from;
    private final int every;

    BacktestCommand(String from, Integer every) {
        this.from = Optional.ofNullable(from);
        this.every = every == null ? ForecastBacktest.DEFAULT_EVERY_DAYS : every;
    }

    @Override
    public int run(CliSession session) {
        Optional<LocalDate> fromDay = from.map(BacktestCommand::day);
        Instant asOf = session.services().clock().instant();
        var db = session.services().database();
        if (fromDay.isPresent() && !fromDay.get().atStartOfDay(session.services().zone()).toInstant().isBefore(asOf)) {
            throw new InvalidInputException("--from", "must be before the as-of day (got " + from.get() + ")");
        }
        ForecastBacktest backtest = session.services().stores().forecastBacktest(new RevenueEngine(db, session.services().zone()));
        ForecastBacktest.Result result = backtest.run(asOf, fromDay, every, true);
        List<Instant> instants = result.points().stream().map(ForecastBacktest.Point::at).toList();
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("as_of", asOf.toString());
            json.put("from", instants.isEmpty() ? null : instants.get(0).toString());
            json.put("every_days", every);
            json.put("instants", instants.size());
            List<Map<String, Object>> methods = new ArrayList<>();
            for (ForecastMethod m : ForecastMethod.MODELS) {
                Map<String, Object> method = new LinkedHashMap<>();
                method.put("name", m.code());
                AccuracyReport.putScores(method, result.table(), m);
                methods.add(method);
            }
            json.put("methods", methods);
            json.putAll(AccuracyReport.best(result.table()));
            session.printJson(json);
            return ExitCode.OK;
        }
        var out = session.out();
        if (instants.isEmpty()) {
            out.println("Backtest: no instant has 30 days of history after it yet; nothing to judge.");
            return ExitCode.OK;
        }
        out.printf("Backtest: every method recomputed from the history alone at %d instants, every %d days from %s;%n", instants.size(), every,
                com.revops.app.Formats.when(instants.get(0), session.services().zone()));
        out.println("each judged against the deal revenue that closed in the horizon after it.");
        out.println();
        AccuracyReport.print(out, result.table(), ForecastMethod.MODELS);
        return ExitCode.OK;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--from", "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
