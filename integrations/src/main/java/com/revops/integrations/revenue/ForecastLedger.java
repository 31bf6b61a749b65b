package com.revops.integrations.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.Money;
import com.revops.domain.forecast.AccuracyTable;
import com.revops.domain.forecast.AccuracyTotals;
import com.revops.domain.forecast.ByHorizon;
import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The forecast accuracy ledger ({@code actp_forecast_ledger}, SPEC §4): each daily snapshot's 30/60/90-day
 * forecast of every method with the instant it was made; a forecast is judged once its horizon has passed,
 * against the deal_won revenue of (made, made + horizon] — summed per method and horizon in SQL.
 */
public final class ForecastLedger {
    private final Jdbi jdbi;

    public ForecastLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores (or replaces) the day's forecasts, made at {@code madeAt}: the models' and the hazard's with the operator's calls. */
    public void store(LocalDate day, Instant madeAt, Forecast forecast, ByHorizon<BigDecimal> withCalls) {
        DatabaseErrors.inTransaction(jdbi, "Storing the day's forecasts", h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO actp_forecast_ledger (snapshot_date, method, horizon_days, snapshot_at, forecast)
                    VALUES (:day, :method, :horizon, :at, :forecast)
                    ON CONFLICT (snapshot_date, method, horizon_days)
                    DO UPDATE SET snapshot_at = excluded.snapshot_at, forecast = excluded.forecast, created_at = now()""");
            for (ForecastMethod m : ForecastMethod.MODELS) {
                for (int horizon : ByHorizon.DAYS) {
                    batch.bind("day", day).bind("method", m.code()).bind("horizon", horizon).bind("at", SqlTime.bind(madeAt))
                            .bind("forecast", Money.cents(forecast.method(m).at(horizon).max(BigDecimal.ZERO))).add();
                }
            }
            for (int horizon : ByHorizon.DAYS) {
                batch.bind("day", day).bind("method", ForecastMethod.WITH_CALLS.code()).bind("horizon", horizon).bind("at", SqlTime.bind(madeAt))
                        .bind("forecast", Money.cents(withCalls.at(horizon).max(BigDecimal.ZERO))).add();
            }
            return batch.execute();
        });
    }

    /** The judged forecasts by as_of (made + horizon ≤ as_of), summed per method and horizon. */
    public List<AccuracyTotals> totals(Instant asOf) {
        return DatabaseErrors.withHandle(jdbi, "Reading the forecast ledger", h -> h.createQuery("""
                         SELECT l.method, l.horizon_days, count(*) AS points,
                                sum(abs(l.forecast - a.actual)) AS abs_error, sum(l.forecast - a.actual) AS error, sum(a.actual) AS actual
                           FROM actp_forecast_ledger l
                          CROSS JOIN LATERAL (
                                SELECT coalesce(sum(e.amount), 0) AS actual
                                  FROM actp_revenue_events e
                                 WHERE e.event_type = 'deal_won' AND e.closed_at > l.snapshot_at
                                   AND e.closed_at <= l.snapshot_at + make_interval(days => l.horizon_days)) a
                          WHERE l.snapshot_at + make_interval(days => l.horizon_days) <= :asOf
                          GROUP BY 1, 2""")
                .bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> new AccuracyTotals(ForecastMethod.fromCode(rs.getString("method")).orElseThrow(), rs.getInt("horizon_days"),
                        rs.getLong("points"), rs.getBigDecimal("abs_error"), rs.getBigDecimal("error"), rs.getBigDecimal("actual"), 0, 0))
                .list());
    }

    public AccuracyTable accuracy(Instant asOf) {
        return AccuracyTable.of(totals(asOf));
    }

    /** The hazard 30-day forecast of the latest snapshot dated before {@code day} (the forecast_drop alert). */
    public Optional<BigDecimal> previousHeadline30(LocalDate day) {
        return DatabaseErrors.withHandle(jdbi, "Reading the forecast ledger", h -> h.createQuery("""
                         SELECT forecast FROM actp_forecast_ledger
                          WHERE snapshot_date < :day AND method = 'hazard' AND horizon_days = 30
                          ORDER BY snapshot_date DESC LIMIT 1""")
                .bind("day", day).mapTo(BigDecimal.class).findOne());
    }
}
