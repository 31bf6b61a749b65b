package com.revops.integrations.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.common.RevenueEventType;
import com.revops.domain.forecast.CloseChances;
import com.revops.domain.forecast.DealValues;
import com.revops.domain.forecast.ForecastInputs;
import com.revops.domain.forecast.ForecastRange;
import com.revops.domain.forecast.Hazards;
import com.revops.domain.forecast.LeadFlow;
import com.revops.domain.forecast.OpenGroup;
import com.revops.domain.forecast.SpellTable;
import com.revops.domain.forecast.StageVelocityForecast;
import com.revops.domain.forecast.TargetChance;
import com.revops.domain.revenue.MonthToDate.EventTotals;
import com.revops.integrations.db.Database;

/**
 * This month's target and the chance of hitting it (issue "Targets and scenarios"), as of an instant: new-deal
 * revenue so far ({@code deal_won} of the month in the operator's zone), the hazard model's chance for each open
 * contact to close by month end and the new leads' deals, simulated with the forecast's seed; recurring revenue
 * of the month shown beside it, and the slipped deals' value for the headline. Empty when the month has no target.
 */
public final class MonthTarget {
    private final Database database;
    private final ZoneId zone;

    public MonthTarget(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    public Optional<Chance> at(Instant asOf) {
        return at(asOf, null);
    }

    /**
     * As {@link #at(Instant)}, with the forecast's inputs at {@code asOf} when the caller already read them (the
     * forecast's SQL aggregates are then not read twice); {@code null} reads them when the month has a target.
     */
    public Optional<Chance> at(Instant asOf, ForecastInputs known) {
        return at(asOf, known, null);
    }

    /** As {@link #at(Instant, ForecastInputs)}, with the slipped deals' value when the caller already has it ({@code null} reads it). */
    public Optional<Chance> at(Instant asOf, ForecastInputs known, BigDecimal slippedTotal) {
        YearMonth month = YearMonth.from(asOf.atZone(zone));
        Optional<BigDecimal> target = new Targets(database.jdbi()).of(month);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Map<RevenueEventType, EventTotals> totals = new RevenueRepository(database.jdbi()).eventTotals(start, asOf);
        BigDecimal newDeals = totals.getOrDefault(RevenueEventType.DEAL_WON, EventTotals.NONE).amount();
        BigDecimal recurring = totals.getOrDefault(RevenueEventType.RECURRING_PAYMENT, EventTotals.NONE).amount()
                .add(totals.getOrDefault(RevenueEventType.UPSELL, EventTotals.NONE).amount());
        int daysLeft = (int) Math.max(0, Math.ceil(Duration.between(asOf, end).toSeconds() / 86400.0));

        ForecastInputs in = known != null ? known : new RevenueEngine(database, zone).forecastInputs(asOf);
        DealValues values = DealValues.of(in.catalog(), in.won());
        Hazards hazards = Hazards.fit(SpellTable.of(in.spells()));
        LeadFlow leads = LeadFlow.of(in.leads(), values);
        CloseChances chances = new CloseChances(hazards, Math.max(1, daysLeft));
        List<TargetChance.Prospect> prospects = new ArrayList<>();
        for (OpenGroup g : in.open()) {
            if (!g.stage().isOpen() || g.contacts() == 0) {
                continue;
            }
            double chance = daysLeft == 0 ? 0 : chances.close(g.stage(), g.ageDays(), daysLeft);
            prospects.add(new TargetChance.Prospect(g.stage().code() + "|" + g.offerTag().orElse("") + "|" + g.ageDays(), g.offerTag(),
                    g.stage(), g.ageDays(), values.value(g.offerTag()), chance, g.contacts()));
        }
        double leadDeals = daysLeft == 0 || leads.meanValue().signum() == 0 ? 0
                : leads.expected(chances, daysLeft).divide(leads.meanValue(), MathContext.DECIMAL64).doubleValue();
        TargetChance.Result result = TargetChance.of(target.get(), newDeals, prospects, leadDeals, leads.meanValue(),
                ForecastRange.seed(asOf), TargetChance.DRAWS);
        BigDecimal weighted = new StageVelocityForecast(in.catalog()).forecast(in.open(), in.rates()).weightedPipeline();
        return Optional.of(new Chance(month, daysLeft, result, recurring, TargetChance.coverage(weighted, target.get(), newDeals),
                named(asOf, result.deciders()),
                slippedTotal != null ? slippedTotal : new SlippedDeals(database.jdbi()).at(asOf, 0).total()));
    }

    /** One contact per deciding group, named, in the order of their effect. */
    private List<Decider> named(Instant asOf, List<TargetChance.Decider> deciders) {
        List<ForecastContacts.Group> groups = deciders.stream()
                .map(d -> new ForecastContacts.Group(d.prospect().stage(), d.prospect().offerTag(), d.prospect().ageDays())).toList();
        List<ForecastContacts.Member> members = new ForecastContacts(database.jdbi()).inGroups(asOf, groups, 200);
        List<Decider> named = new ArrayList<>();
        for (int i = 0; i < deciders.size(); i++) {
            int rank = i;
            TargetChance.Decider d = deciders.get(i);
            members.stream().filter(m -> m.rank() == rank).findFirst().ifPresent(m -> named.add(new Decider(m.contact(), m.name(),
                    d.prospect().stage(), d.prospect().value(), d.prospect().chance(), d.effect(), d.prospect().count())));
        }
        return List.copyOf(named);
    }

    /** The month's target, the chance of hitting it and what decides it. */
    public record Chance(YearMonth month, int daysLeft, TargetChance.Result result, BigDecimal recurringMtd, Optional<BigDecimal> coverage,
                         List<Decider> deciders, BigDecimal slippedTotal) {
        /** "62% chance of $20,000 in new deals in March; Zoe Bennett's $3,500 deal decides most of it[; $7,500 of deals slipped]". */
        public String headline() {
            Optional<Decider> first = deciders.stream().findFirst();
            return com.revops.domain.forecast.TargetWords.headline(month, result, first.map(Decider::name), first.map(Decider::value),
                    slippedTotal);
        }
    }

    /**
     * A contact whose closing moves p_hit most: its deal value, its chance to close by month end, by how much
     * it moves p_hit; {@code alike} contacts share its stage, offer and days in stage (the same chance and effect).
     */
    public record Decider(String contact, String name, com.revops.domain.common.Stage stage, BigDecimal value, double chance, double effect,
                          long alike) {
    }
}
