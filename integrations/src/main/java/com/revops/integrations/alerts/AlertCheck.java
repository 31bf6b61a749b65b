package com.revops.integrations.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertInputs;
import com.revops.domain.alerts.AlertRules;
import com.revops.domain.credits.Budget;
import com.revops.domain.revenue.OfferCatalog;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.integrations.credits.CreditRepository;
import com.revops.integrations.db.Database;
import com.revops.integrations.revenue.ForecastLedger;
import com.revops.integrations.revenue.RevenueEngine;

/** {@code --alert-check}: gathers the aggregates the rules read at as_of and evaluates them (SPEC §4). */
public final class AlertCheck {
    private final AlertRepository alerts;
    private final CreditRepository credits;
    private final RevenueEngine revenue;
    private final ForecastLedger ledger;
    private final ZoneId zone;

    public AlertCheck(Database database, ZoneId zone) {
        this.alerts = new AlertRepository(database.jdbi());
        this.ledger = new ForecastLedger(database.jdbi());
        this.credits = new CreditRepository(database.jdbi());
        this.revenue = new RevenueEngine(database, zone);
        this.zone = zone;
    }

    public List<Alert> evaluate(Instant asOf) {
        return evaluate(asOf, revenue.overview(asOf));
    }

    /** The same, reusing the pipeline and forecast the caller already has for as_of. */
    public List<Alert> evaluate(Instant asOf, RevenueEngine.Overview overview) {
        return new AlertRules(zone).evaluate(inputs(asOf, overview), asOf);
    }

    /** Σ deal value of the decision-stage contacts untouched for 3 days or more. */
    public java.math.BigDecimal silentDecisionValue(Instant asOf) {
        Instant cutoff = asOf.minus(AlertRules.SILENCE);
        return alerts.decisionContacts(revenue.offerCatalog()).stream()
                .filter(c -> c.lastInteraction().map(t -> !t.isAfter(cutoff)).orElse(true))
                .map(AlertInputs.DecisionContact::dealValue)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    AlertInputs inputs(Instant asOf, RevenueEngine.Overview overview) {
        long[] thisWeek = alerts.sendsAndReplies(asOf.minus(Duration.ofDays(7)), asOf);
        long[] lastWeek = alerts.sendsAndReplies(asOf.minus(Duration.ofDays(14)), asOf.minus(Duration.ofDays(7)));
        PipelineSummary pipeline = overview.pipeline();
        OfferCatalog catalog = revenue.offerCatalog();
        Budget daily = credits.budget("daily", "15.00");
        Budget monthly = credits.budget("monthly", "400.00");
        var paying = alerts.payingUsers(asOf.atZone(zone).toLocalDate());
        return new AlertInputs(thisWeek[0], thisWeek[1], lastWeek[0], lastWeek[1], pipeline.totalContacts(),
                alerts.lastTransition(asOf), alerts.decisionContacts(catalog), overview.forecast().forecast30(),
                ledger.previousHeadline30(asOf.atZone(zone).toLocalDate()),
                List.of(new AlertInputs.BudgetUse("daily", credits.spentToday(asOf, zone), daily.limit(), daily.warnAtPercent()),
                        new AlertInputs.BudgetUse("monthly", credits.spentThisMonth(asOf, zone), monthly.limit(), monthly.warnAtPercent())),
                paying.previous(), paying.latest());
    }
}
