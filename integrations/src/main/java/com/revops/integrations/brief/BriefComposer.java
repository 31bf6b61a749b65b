package com.revops.integrations.brief;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertType;
import com.revops.domain.brief.BriefAlert;
import com.revops.domain.brief.DailyBriefData;
import com.revops.domain.brief.WeeklyReportData;
import com.revops.domain.credits.CreditGovernor;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.domain.funnel.FunnelStatus;
import com.revops.domain.revenue.OfferPerformanceCalculator;
import com.revops.integrations.alerts.AlertCheck;
import com.revops.integrations.alerts.AlertRepository;
import com.revops.integrations.credits.CreditRepository;
import com.revops.integrations.db.Database;
import com.revops.integrations.funnel.FunnelRepository;
import com.revops.integrations.revenue.ForecastLedger;
import com.revops.integrations.revenue.RevenueEngine;

/** Gathers what the daily brief and the weekly report say, from the same engine the CLI and console use. */
public final class BriefComposer {
    private final RevenueEngine revenue;
    private final ForecastLedger ledger;
    private final AlertCheck alerts;
    private final AlertRepository alertLog;
    private final CreditRepository credits;
    private final FunnelRepository funnel;
    private final ZoneId zone;
    private final com.revops.integrations.revenue.MonthTarget target;
    private final com.revops.integrations.headline.Headlines headlines;

    public BriefComposer(Database database, ZoneId zone) {
        this.revenue = new RevenueEngine(database, zone);
        this.target = new com.revops.integrations.revenue.MonthTarget(database, zone);
        this.headlines = new com.revops.integrations.headline.Headlines(database, zone);
        this.ledger = new ForecastLedger(database.jdbi());
        this.alerts = new AlertCheck(database, zone);
        this.alertLog = new AlertRepository(database.jdbi());
        this.credits = new CreditRepository(database.jdbi());
        this.funnel = new FunnelRepository(database.jdbi());
        this.zone = zone;
    }

    public DailyBriefData daily(Instant asOf) {
        return composeDaily(asOf).data();
    }

    /**
     * The brief and the alerts it lists in full: those firing at as_of that have not reached the operator today.
     * The ones that did (their own message went out earlier today) are only named (docs/decisions/0038).
     */
    public ComposedBrief composeDaily(Instant asOf) {
        com.revops.integrations.headline.Headline headline = headlines.at(asOf);
        RevenueEngine.Overview overview = headline.overview();
        LocalDate day = asOf.atZone(zone).toLocalDate();
        java.util.Set<String> delivered = alertLog.deliveredOn(day);
        List<Alert> firing = headline.alerts().stream().filter(a -> a.type() != AlertType.DEAL_CLOSED).toList();
        List<Alert> listed = firing.stream().filter(a -> !delivered.contains(AlertRepository.key(a))).toList();
        List<String> alreadySent = firing.stream().filter(a -> delivered.contains(AlertRepository.key(a)))
                .map(a -> a.type().code().replace('_', ' ')).toList();
        DailyBriefData data = new DailyBriefData(day, overview.pipeline(), overview.forecast().forecast30(),
                overview.forecast().range().map(r -> r.d30()), overview.monthToDate(), headline.topOffer(), headline.bestSource(),
                listed.stream().map(a -> new BriefAlert(a.severity().code(), a.message(), a.action())).toList(), alreadySent,
                headline.target().map(com.revops.integrations.revenue.MonthTarget.Chance::headline));
        return new ComposedBrief(data, listed);
    }

    /** The brief's data and the alerts it lists in full (recorded as delivered once the brief is queued). */
    public record ComposedBrief(DailyBriefData data, List<Alert> listed) {
        public ComposedBrief {
            listed = List.copyOf(listed);
        }
    }

    public WeeklyReportData weekly(Instant asOf) {
        RevenueEngine.Overview overview = revenue.overview(asOf);
        Instant monthStart = CreditGovernor.monthStart(asOf, zone);
        BigDecimal month = credits.spentThisMonth(asOf, zone);
        WeeklyReportData.CreditBurn burn = new WeeklyReportData.CreditBurn(
                credits.spent(asOf.minus(Duration.ofDays(7)), asOf.plusNanos(1)), month,
                credits.budget("monthly", "400.00").limit(), CreditGovernor.projectedMonthEnd(month, asOf, zone),
                credits.spentBy("model", monthStart, asOf));
        List<Alert> silent = alerts.evaluate(asOf, overview).stream().filter(a -> a.type() == AlertType.HIGH_VALUE_SILENT).toList();
        BigDecimal silentValue = alerts.silentDecisionValue(asOf);
        Optional<FunnelStatus> funnelStatus = funnel.latestStatus(asOf.atZone(zone).toLocalDate());
        return new WeeklyReportData(asOf.atZone(zone).toLocalDate(), overview.pipeline(), revenue.conversionRates(asOf),
                revenue.topSources(asOf), revenue.offerPerformance(asOf), overview.forecast(),
                ledger.accuracy(asOf).score(ForecastMethod.HAZARD, 30),
                overview.monthToDate(), burn, funnelStatus, silent.size(), silentValue);
    }

    public LocalDate today(Instant asOf) {
        return asOf.atZone(zone).toLocalDate();
    }
}
