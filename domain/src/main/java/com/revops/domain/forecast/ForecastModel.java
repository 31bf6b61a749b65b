package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The three forecast methods of SPEC §4 from one set of {@link ForecastInputs}: {@code hazard}
 * (with its new leads, contributions and — when asked — its Monte Carlo range), {@code stage_velocity}
 * and {@code run_rate}; and the recurring revenue apart.
 */
public final class ForecastModel {
    /** run_rate looks at the deal_won revenue of this many trailing days. */
    public static final int RUN_RATE_DAYS = 90;

    private ForecastModel() {
    }

    /** All methods with the hazard's P10/P50/P90 (the CLI, the console, the brief). */
    public static Forecast withRange(ForecastInputs in) {
        return compute(in, true);
    }

    /** All methods without the Monte Carlo range (snapshots, the accuracy ledger, backtests of point forecasts). */
    public static Forecast pointsOnly(ForecastInputs in) {
        return compute(in, false);
    }

    private static Forecast compute(ForecastInputs in, boolean range) {
        DealValues values = DealValues.of(in.catalog(), in.won());
        Hazards hazards = Hazards.fit(SpellTable.of(in.spells()));
        LeadFlow leads = LeadFlow.of(in.leads(), values);
        HazardForecast.Result hazard = HazardForecast.compute(hazards, in.open(), values, leads);
        StageVelocityForecast.Result velocity = new StageVelocityForecast(in.catalog()).forecast(in.open(), in.rates());
        Optional<ByHorizon<Interval>> interval = range
                ? Optional.of(ForecastRange.of(hazards, in.open(), values, leads, in.asOf()))
                : Optional.empty();
        return new Forecast(in.asOf(), hazard.total(), hazard.newLeads(), interval, RecurringForecast.of(in.recurring(), in.asOf()),
                velocity.amounts(), velocity.weightedPipeline(), velocity.closeProbability(), runRate(in.wonTrailing90()),
                hazard.contributions(), hazard.groups());
    }

    /** run_rate: deal_won revenue of the trailing 90 days × H ÷ 90. */
    public static ByHorizon<BigDecimal> runRate(BigDecimal wonTrailing90) {
        return ByHorizon.of(h -> wonTrailing90.multiply(BigDecimal.valueOf(h)).divide(BigDecimal.valueOf(RUN_RATE_DAYS), java.math.MathContext.DECIMAL64));
    }
}
