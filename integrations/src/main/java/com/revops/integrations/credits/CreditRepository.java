package com.revops.integrations.credits;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.credits.Budget;
import com.revops.domain.credits.CreditGovernor;
import com.revops.domain.credits.ModelPrice;
import com.revops.domain.credits.Route;
import com.revops.integrations.db.SqlTime;

/** The credit ledger, budgets, prices and routing table (PRD-019 §4.2); spend is summed in SQL. */
public final class CreditRepository {
    private final Jdbi jdbi;

    public CreditRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public CreditGovernor governor() {
        return new CreditGovernor(routes(), budget("daily", "15.00"), budget("monthly", "400.00"));
    }

    public List<Route> routes() {
        return jdbi.withHandle(h -> h.createQuery("SELECT task_type, model, critical FROM actp_credit_routing ORDER BY task_type")
                .map((rs, ctx) -> new Route(rs.getString("task_type"), rs.getString("model"), rs.getBoolean("critical")))
                .list());
    }

    public Budget budget(String scope, String defaultLimit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT limit_usd, alert_threshold_pct FROM actp_credit_budgets WHERE scope = :s")
                .bind("s", scope)
                .map((rs, ctx) -> new Budget(scope, rs.getBigDecimal("limit_usd"), rs.getBigDecimal("alert_threshold_pct")))
                .findOne()
                .orElse(new Budget(scope, new BigDecimal(defaultLimit), new BigDecimal("80"))));
    }

    public List<ModelPrice> prices() {
        return jdbi.withHandle(h -> h.createQuery("SELECT model, input_per_mtok, output_per_mtok FROM actp_model_prices ORDER BY model")
                .map((rs, ctx) -> new ModelPrice(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .list());
    }

    /** Σ cost in [from, to). */
    public BigDecimal spent(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT coalesce(sum(cost_usd), 0) FROM revops_credit_costs WHERE created_at >= :from AND created_at < :to""")
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to))
                .mapTo(BigDecimal.class).one());
    }

    public BigDecimal spentToday(Instant asOf, ZoneId zone) {
        return spent(CreditGovernor.dayStart(asOf, zone), asOf.plusNanos(1));
    }

    public BigDecimal spentThisMonth(Instant asOf, ZoneId zone) {
        return spent(CreditGovernor.monthStart(asOf, zone), asOf.plusNanos(1));
    }

    /** Σ cost by {@code model} or {@code task_type} in [from, to], largest first. */
    public Map<String, BigDecimal> spentBy(String dimension, Instant from, Instant to) {
        if (!"model".equals(dimension) && !"task_type".equals(dimension)) {
            throw new IllegalArgumentException("dimension must be model or task_type");
        }
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT " + dimension + " AS k, sum(cost_usd) AS cost FROM revops_credit_costs"
                        + " WHERE created_at >= :from AND created_at <= :to GROUP BY 1 ORDER BY 2 DESC, 1")
                .bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(to))
                .map((rs, ctx) -> Map.entry(rs.getString("k"), rs.getBigDecimal("cost")))
                .forEach(e -> result.put(e.getKey(), e.getValue())));
        return result;
    }

    /** Daily spend per local day for the last {@code days} days up to as_of, per model. */
    public List<DailySpend> dailySpend(Instant asOf, ZoneId zone, int days) {
        return dailySpend(asOf, zone, days, "model");
    }

    /**
     * Spend per local day and {@code model} or {@code task_type} for the last {@code days} days up to
     * as_of; the {@link DailySpend#model()} field then holds the task type. Days without spend have no row.
     */
    public List<DailySpend> dailySpend(Instant asOf, ZoneId zone, int days, String dimension) {
        if (!"model".equals(dimension) && !"task_type".equals(dimension)) {
            throw new IllegalArgumentException("dimension must be model or task_type");
        }
        Instant from = CreditGovernor.dayStart(asOf, zone).minus(Duration.ofDays(days - 1L));
        List<DailySpend> rows = new ArrayList<>();
        jdbi.useHandle(h -> h.createQuery("SELECT (created_at AT TIME ZONE :tz)::date AS day, " + dimension + " AS k, sum(cost_usd) AS cost"
                        + " FROM revops_credit_costs WHERE created_at >= :from AND created_at <= :to GROUP BY 1, 2 ORDER BY 1, 2")
                .bind("tz", zone.getId()).bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(asOf))
                .map((rs, ctx) -> new DailySpend(rs.getObject("day", java.time.LocalDate.class), rs.getString("k"), rs.getBigDecimal("cost")))
                .forEach(rows::add));
        return rows;
    }

    /** When the newest market item of a topic was updated (cache-first rule). */
    public Optional<Instant> topicUpdatedAt(String topic) {
        return jdbi.withHandle(h -> h.createQuery("SELECT max(updated_at) FROM actp_market_items WHERE lower(topic) = lower(:t)")
                .bind("t", topic)
                .map((rs, ctx) -> SqlTime.read(rs, "max"))
                .one());
    }

    /** When the newest market item of a topic updated at or before {@code asOf} was updated ({@code --cache-fresh} with {@code --as-of}). */
    public Optional<Instant> topicUpdatedAt(String topic, Instant asOf) {
        return jdbi.withHandle(h -> h.createQuery("SELECT max(updated_at) FROM actp_market_items WHERE lower(topic) = lower(:t) AND updated_at <= :asOf")
                .bind("t", topic).bind("asOf", SqlTime.bind(asOf))
                .map((rs, ctx) -> SqlTime.read(rs, "max"))
                .one());
    }

    public record DailySpend(java.time.LocalDate day, String model, BigDecimal cost) {
    }
}
