package com.revops.integrations.revenue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.forecast.AccuracyTable;
import com.revops.domain.forecast.AccuracyTotals;
import com.revops.domain.forecast.ByHorizon;
import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.domain.forecast.Interval;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * {@code --forecast --backtest} (SPEC §4): every method recomputed at past instants from the history alone
 * — each instant sees only what had happened by then — and judged against the deal_won revenue that followed,
 * in the same table as the accuracy ledger. Instants run from {@code from} (default: 90 days after the first
 * contact, when run_rate's window is full and the hazards have a quarter of history) every {@code every} days
 * (default 3) while the 30-day horizon has passed by as_of; each horizon judges the instants it has passed.
 */
public final class ForecastBacktest {
    public static final int DEFAULT_EVERY_DAYS = 3;
    /** By default the first instant has this much history behind it: run_rate's whole window. */
    public static final int DEFAULT_WARM_UP_DAYS = 90;

    private final Jdbi jdbi;
    private final RevenueEngine engine;
    private final ZoneId zone;

    public ForecastBacktest(Jdbi jdbi, RevenueEngine engine) {
        this.jdbi = jdbi;
        this.engine = engine;
        this.zone = engine.zone();
    }

    /** The instants a backtest at as_of visits. */
    public List<Instant> instants(Instant asOf, Optional<LocalDate> from, int everyDays) {
        if (everyDays < 1) {
            throw new InvalidInputException("--every", "must be at least 1 day (got " + everyDays + ")");
        }
        Instant start = from.map(d -> d.atStartOfDay(zone).toInstant()).orElseGet(() -> defaultStart(asOf));
        List<Instant> out = new ArrayList<>();
        Instant last = asOf.minus(Duration.ofDays(ByHorizon.DAYS.get(0)));
        for (Instant t = start; !t.isAfter(last); t = t.plus(Duration.ofDays(everyDays))) {
            out.add(t);
        }
        return out;
    }

    private Instant defaultStart(Instant asOf) {
        Optional<Instant> first = DatabaseErrors.withHandle(jdbi, "Reading the first contact", h -> h.createQuery(
                        "SELECT min(first_contact_at) FROM crm_contacts WHERE first_contact_at <= :asOf")
                .bind("asOf", SqlTime.bind(asOf)).map((rs, ctx) -> SqlTime.read(rs, "min")).one());
        Instant base = first.orElse(asOf).plus(Duration.ofDays(DEFAULT_WARM_UP_DAYS));
        return base.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Runs the backtest; {@code withRange} also judges whether the hazard's P10–P90 covered what closed. */
    public Result run(Instant asOf, Optional<LocalDate> from, int everyDays, boolean withRange) {
        List<Instant> instants = instants(asOf, from, everyDays);
        Map<ForecastMethod, AccuracyTotals[]> totals = new EnumMap<>(ForecastMethod.class);
        for (ForecastMethod m : ForecastMethod.MODELS) {
            totals.put(m, ByHorizon.DAYS.stream().map(h -> AccuracyTotals.none(m, h)).toArray(AccuracyTotals[]::new));
        }
        List<Point> points = new ArrayList<>();
        for (Instant t : instants) {
            Forecast f = withRange ? engine.forecast(t) : engine.forecastPoints(t);
            ByHorizon<BigDecimal> actual = closedAfter(t);
            points.add(new Point(t, f, actual));
            for (int i = 0; i < ByHorizon.DAYS.size(); i++) {
                int h = ByHorizon.DAYS.get(i);
                if (t.plus(Duration.ofDays(h)).isAfter(asOf)) {
                    continue;
                }
                for (ForecastMethod m : ForecastMethod.MODELS) {
                    Optional<Interval> range = m == ForecastMethod.HAZARD ? f.range().map(r -> r.at(h)) : Optional.empty();
                    totals.get(m)[i] = totals.get(m)[i].plus(f.method(m).at(h), actual.at(h), range);
                }
            }
        }
        List<AccuracyTotals> all = new ArrayList<>();
        totals.values().forEach(a -> all.addAll(List.of(a)));
        return new Result(AccuracyTable.of(all), points);
    }

    /** deal_won revenue in (t, t + H] for each horizon. */
    private ByHorizon<BigDecimal> closedAfter(Instant t) {
        return DatabaseErrors.withHandle(jdbi, "Reading what closed after " + t, h -> h.createQuery("""
                         SELECT coalesce(sum(amount) FILTER (WHERE closed_at <= :t30), 0) AS d30,
                                coalesce(sum(amount) FILTER (WHERE closed_at <= :t60), 0) AS d60,
                                coalesce(sum(amount), 0) AS d90
                           FROM actp_revenue_events
                          WHERE event_type = 'deal_won' AND closed_at > :t AND closed_at <= :t90""")
                .bind("t", SqlTime.bind(t)).bind("t30", SqlTime.bind(t.plus(Duration.ofDays(30))))
                .bind("t60", SqlTime.bind(t.plus(Duration.ofDays(60)))).bind("t90", SqlTime.bind(t.plus(Duration.ofDays(90))))
                .map((rs, ctx) -> new ByHorizon<>(rs.getBigDecimal("d30"), rs.getBigDecimal("d60"), rs.getBigDecimal("d90")))
                .one());
    }

    /** The accuracy table and, per instant, the forecast and what closed after it (up to as_of). */
    public record Result(AccuracyTable table, List<Point> points) {
        public Result {
            points = List.copyOf(points);
        }
    }

    /** One instant's forecast and the deal revenue of each horizon after it (partial where the horizon has not passed). */
    public record Point(Instant at, Forecast forecast, ByHorizon<BigDecimal> closed) {
    }
}
