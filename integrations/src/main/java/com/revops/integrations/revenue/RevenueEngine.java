package com.revops.integrations.revenue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.revenue.AutomationRoi;
import com.revops.domain.revenue.ConversionCalculator;
import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.ForecastInputs;
import com.revops.domain.forecast.ForecastModel;
import com.revops.domain.forecast.OpenGroup;
import com.revops.domain.forecast.SpellCell;
import com.revops.domain.forecast.StageVelocityForecast;
import com.revops.domain.revenue.ConversionRates;
import com.revops.domain.revenue.ForecastAccuracy;
import com.revops.domain.revenue.ForecastOutcome;
import com.revops.domain.revenue.MonthToDate;
import com.revops.domain.revenue.OfferCatalog;
import com.revops.domain.revenue.OfferPerformanceCalculator;
import com.revops.domain.revenue.PipelineCalculator;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.SalesVelocity;
import com.revops.domain.revenue.TimeInStage;
import com.revops.domain.revenue.TopSources;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.settings.OperatorTimeSettings;

/**
 * Every revenue number of SPEC §4 at an as_of instant: SQL aggregates from the repositories,
 * computed by the domain. The CLI, the console, the brief and the snapshot job all ask here, so
 * they always agree.
 */
public final class RevenueEngine {
    /** Offer performance and top sources look at the trailing 90 days (docs/decisions/0005). */
    public static final Duration PERFORMANCE_WINDOW = Duration.ofDays(90);
    /** Automation ROI is per month. */
    public static final Duration AUTOMATION_WINDOW = Duration.ofDays(30);

    private final Jdbi jdbi;
    private final RevenueRepository revenue;
    private final OfferRepository offers;
    private final OperatorTimeSettings operatorTime;
    private final ZoneId zone;

    public RevenueEngine(Database database, ZoneId zone) {
        this.jdbi = database.jdbi();
        this.revenue = new RevenueRepository(database.jdbi());
        this.offers = new OfferRepository(database.jdbi());
        this.operatorTime = new OperatorTimeSettings(database.jdbi());
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public OfferCatalog offerCatalog() {
        return revenue.offerCatalog();
    }

    public PipelineSummary pipeline(Instant asOf) {
        return new PipelineCalculator(revenue.offerCatalog()).summarise(revenue.openContacts(asOf));
    }

    public ConversionRates conversionRates(Instant asOf) {
        return new ConversionCalculator().compute(revenue.conversionCohorts(asOf));
    }

    public TimeInStage timeInStage(Instant asOf) {
        return TimeInStage.from(revenue.stageDurations(asOf));
    }

    public Velocity velocity(Instant asOf) {
        TimeInStage time = timeInStage(asOf);
        RevenueRepository.Outcomes outcomes = revenue.outcomes(asOf);
        return new Velocity(time, SalesVelocity.of(pipeline(asOf), outcomes.won(), outcomes.lost(), outcomes.meanDaysToWin(), time));
    }

    /** The three forecast methods with the hazard's P10/P50/P90 (SPEC §4). */
    public Forecast forecast(Instant asOf) {
        return ForecastModel.withRange(forecastInputs(asOf));
    }

    /** The three methods' point forecasts without the Monte Carlo range (snapshots, the ledger, backtests). */
    public Forecast forecastPoints(Instant asOf) {
        return ForecastModel.pointsOnly(forecastInputs(asOf));
    }

    /** The forecast's SQL aggregates at as_of: history up to as_of only, so a past as_of sees what was known then. */
    public ForecastInputs forecastInputs(Instant asOf) {
        ConversionRates rates = conversionRates(asOf);
        var thresholds = StageVelocityForecast.thresholds(timeInStage(asOf));
        OfferCatalog catalog = revenue.offerCatalog();
        return DatabaseErrors.inTransaction(jdbi, "Reading the forecast's history", h -> {
            ForecastRepository r = new ForecastRepository(h);
            return new ForecastInputs(asOf, catalog, r.openGroups(asOf, thresholds), rates, r.spellCells(asOf), r.wonByOffer(asOf),
                    r.leadArrivals(asOf), r.wonBetween(asOf.minus(Duration.ofDays(ForecastModel.RUN_RATE_DAYS)), asOf), r.recurring(asOf));
        });
    }

    /** The hazard model's spell table at as_of alone (the benchmark's figure against its floor). */
    public List<SpellCell> spellTable(Instant asOf) {
        return DatabaseErrors.withHandle(jdbi, "Reading the forecast's spells", h -> new ForecastRepository(h).spellCells(asOf));
    }

    public ForecastAccuracy forecastAccuracy(Instant asOf) {
        return ForecastAccuracy.of(revenue.forecastAccuracyPoints(asOf, zone));
    }

    /** Every past snapshot's 30-day forecast against what closed after it (judged or still open), oldest first. */
    public List<ForecastOutcome> forecastOutcomes(Instant asOf) {
        return revenue.forecastOutcomes(asOf, zone);
    }

    public MonthToDate monthToDate(Instant asOf) {
        return MonthToDate.of(asOf, zone, revenue.eventTotals(MonthToDate.monthStart(asOf, zone), asOf));
    }

    public OfferPerformanceCalculator.Result offerPerformance(Instant asOf) {
        Instant from = asOf.minus(PERFORMANCE_WINDOW);
        return new OfferPerformanceCalculator(operatorTime.read()).compute(offers.activity(from, asOf), offers.creditCostByOffer(from, asOf));
    }

    public TopSources topSources(Instant asOf) {
        return TopSources.rank(revenue.sources(asOf.minus(PERFORMANCE_WINDOW), asOf));
    }

    public List<AutomationRoi> automationRoi(Instant asOf) {
        return offers.automationRoi(asOf.minus(AUTOMATION_WINDOW), asOf);
    }

    /** The headline numbers together (dashboard, --status, the brief), reading the open contacts once. */
    public Overview overview(Instant asOf) {
        return overview(asOf, true);
    }

    /** The same, with the forecast's Monte Carlo range only when {@code withRange} (the snapshot job needs none). */
    public Overview overview(Instant asOf, boolean withRange) {
        ForecastInputs inputs = forecastInputs(asOf);
        PipelineSummary pipeline = new PipelineCalculator(inputs.catalog()).summarise(inputs.open().stream().map(OpenGroup::count).toList());
        Forecast forecast = withRange ? ForecastModel.withRange(inputs) : ForecastModel.pointsOnly(inputs);
        return new Overview(asOf, pipeline, forecast, monthToDate(asOf), inputs);
    }

    /** Time in stage and the classic sales velocity. */
    public record Velocity(TimeInStage timeInStage, SalesVelocity salesVelocity) {
    }

    /**
     * Pipeline, forecast and month to date at one instant; {@code inputs} are the forecast's SQL aggregates they came
     * from, so a reader that models more (the month's target) does not read them again.
     */
    public record Overview(Instant asOf, PipelineSummary pipeline, Forecast forecast, MonthToDate monthToDate, ForecastInputs inputs) {
    }
}
