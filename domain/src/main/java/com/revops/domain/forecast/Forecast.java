package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.common.Stage;

/**
 * {@code --forecast} (SPEC §4, §5) at one as_of: the three methods side by side — {@code hazard} is the
 * headline {@code forecast_H} — with the hazard's new-leads share and likely range, recurring revenue
 * apart, stage_velocity's weighted pipeline and P(close) per stage, and what each stage and age bucket
 * and each contact group adds.
 *
 * @param range P10/P50/P90 of the hazard forecast; empty when computed without the Monte Carlo (snapshots)
 */
public record Forecast(Instant asOf, ByHorizon<BigDecimal> hazard, ByHorizon<BigDecimal> newLeads, Optional<ByHorizon<Interval>> range,
                       ByHorizon<BigDecimal> recurring, ByHorizon<BigDecimal> stageVelocity, BigDecimal weightedPipeline,
                       Map<Stage, BigDecimal> closeProbability, ByHorizon<BigDecimal> runRate, List<Contribution> contributions,
                       List<GroupChance> groups) {
    public Forecast {
        closeProbability = Map.copyOf(closeProbability);
        contributions = List.copyOf(contributions);
        groups = List.copyOf(groups);
    }

    public BigDecimal forecast30() {
        return hazard.d30();
    }

    public BigDecimal forecast60() {
        return hazard.d60();
    }

    public BigDecimal forecast90() {
        return hazard.d90();
    }

    /** total_H = forecast_H + recurring_H. */
    public BigDecimal total(int days) {
        return hazard.at(days).add(recurring.at(days));
    }

    /** One model's forecast_30/60/90 ({@link ForecastMethod#MODELS}; the calls are applied by {@link CallsForecast}). */
    public ByHorizon<BigDecimal> method(ForecastMethod method) {
        return switch (method) {
            case HAZARD -> hazard;
            case STAGE_VELOCITY -> stageVelocity;
            case RUN_RATE -> runRate;
            case WITH_CALLS -> throw new IllegalArgumentException("with_calls is the hazard forecast with the operator's calls, not a model");
        };
    }

    /** The new leads' share of forecast_H (0 when the forecast is 0). */
    public double newLeadsShare(int days) {
        BigDecimal all = hazard.at(days);
        return all.signum() == 0 ? 0 : newLeads.at(days).doubleValue() / all.doubleValue();
    }

    /** The contact groups by one contact's expected revenue within 30 days, highest first. */
    public List<GroupChance> groupsByExpected30() {
        return groups.stream().sorted(Comparator.comparing((GroupChance g) -> g.expectedEach(30)).reversed()
                .thenComparing(GroupChance::stage).thenComparing(GroupChance::ageDays)).toList();
    }
}
