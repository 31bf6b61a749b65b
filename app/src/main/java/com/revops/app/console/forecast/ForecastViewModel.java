package com.revops.app.console.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.forecast.AccuracyTable;
import com.revops.domain.forecast.Contribution;
import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.domain.forecast.MethodScore;
import com.revops.domain.revenue.ForecastOutcome;
import com.revops.integrations.revenue.ForecastContact;
import com.revops.integrations.revenue.ForecastContacts;
import com.revops.integrations.revenue.ForecastLedger;
import com.revops.domain.forecast.CallsForecast.WithCalls;
import com.revops.domain.forecast.DealCall;
import com.revops.integrations.contacts.ContactDirectory;
import com.revops.integrations.revenue.ForecastCalls;
import com.revops.integrations.revenue.RevenueEngine;
import com.revops.integrations.revenue.SlippedDeals;
import com.revops.integrations.revenue.SlippedDeals.Slipped;
import com.revops.integrations.revenue.SlippedDeals.SlippedContact;
import com.revops.app.console.ui.StatusLine;
import com.revops.domain.common.Stage;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Forecast screen (SPEC §4, §6): the {@code --forecast} numbers at the same instant — the hazard headline with
 * its P10–P90 range, new leads and recurring revenue — the three methods with how their past 30-day forecasts fared
 * (the accuracy ledger) and the best one marked, what each stage and age bucket adds, the contacts most likely to
 * close, and every past snapshot's 30-day forecast against what closed after it.
 */
public final class ForecastViewModel extends ScreenModel {
    private final ConsoleContext context;
    private final ObjectProperty<Forecast> forecast = new SimpleObjectProperty<>();
    private final ObservableList<MethodRow> methods = FXCollections.observableArrayList();
    private final ObservableList<Contribution> contributions = FXCollections.observableArrayList();
    private final ObservableList<ForecastContact> contacts = FXCollections.observableArrayList();
    private final ObservableList<ForecastOutcome> outcomes = FXCollections.observableArrayList();
    private final StringProperty verdict = new SimpleStringProperty("");
    private final StringProperty newLeads = new SimpleStringProperty("");
    private final ObservableList<SlippedContact> slipped = FXCollections.observableArrayList();
    private final StringProperty slippedSummary = new SimpleStringProperty("");
    private final javafx.beans.property.LongProperty slippedCount = new javafx.beans.property.SimpleLongProperty(0);
    private final StatusLine status = new StatusLine();
    private final ObjectProperty<WithCalls> withCalls = new SimpleObjectProperty<>();
    private final ObservableMap<UUID, DealCall> calls = FXCollections.observableHashMap();

    public ForecastViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    @Override
    public void refresh() {
        Instant asOf = context.clock().instant();
        load(() -> fetch(asOf), this::apply);
    }

    private Snapshot fetch(Instant asOf) {
        var db = context.services().database();
        RevenueEngine engine = new RevenueEngine(db, context.zone());
        var inputs = engine.forecastInputs(asOf);
        Forecast f = com.revops.domain.forecast.ForecastModel.withRange(inputs);
        var stores = context.services().stores();
        ForecastCalls calls = stores.forecastCalls();
        return new Snapshot(f, stores.forecastLedger().accuracy(asOf), stores.forecastContacts().top(f),
                engine.forecastOutcomes(asOf), stores.slippedDeals().at(asOf), calls.apply(f, inputs), calls.all());
    }

    private void apply(Snapshot s) {
        forecast.set(s.forecast());
        List<MethodRow> rows = new ArrayList<>();
        var best = s.accuracy().best(30);
        for (ForecastMethod m : ForecastMethod.values()) {
            var figures = m == ForecastMethod.WITH_CALLS ? s.withCalls().expected() : s.forecast().method(m);
            rows.add(new MethodRow(m, figures, s.accuracy().score(m, 30), best.filter(b -> b == m).isPresent()));
        }
        withCalls.set(s.withCalls());
        calls.clear();
        calls.putAll(s.calls());
        methods.setAll(rows);
        verdict.set(verdict(s.accuracy()) + " " + com.revops.domain.forecast.ForecastWords.callsVerdict(
                s.accuracy().score(ForecastMethod.HAZARD, 30), s.accuracy().score(ForecastMethod.WITH_CALLS, 30)));
        contributions.setAll(s.forecast().contributions().stream().sorted(Comparator.comparing(Contribution::stage)
                .thenComparing(Contribution::age)).toList());
        contacts.setAll(s.contacts());
        slipped.setAll(s.slipped().contacts());
        slippedSummary.set(slippedSummary(s.slipped()));
        slippedCount.set(s.slipped().count());
        outcomes.setAll(s.outcomes().stream().sorted(Comparator.comparing(ForecastOutcome::snapshotDate).reversed()).toList());
        BigDecimal leads = s.forecast().newLeads().d30();
        newLeads.set("New leads (not in the pipeline yet): " + Formats.money(leads) + " of the 30-day forecast ("
                + Formats.percent(BigDecimal.valueOf(s.forecast().newLeadsShare(30))) + "), " + Formats.money(s.forecast().newLeads().d60())
                + " of 60 days (" + Formats.percent(BigDecimal.valueOf(s.forecast().newLeadsShare(60))) + "), "
                + Formats.money(s.forecast().newLeads().d90()) + " of 90 days ("
                + Formats.percent(BigDecimal.valueOf(s.forecast().newLeadsShare(90))) + ")");
    }

    /** "3 slipped, $7,500: older in their stage than 80% of those that advanced took" (or why there are none). */
    static String slippedSummary(Slipped s) {
        if (s.rules().isEmpty()) {
            return "No stage has " + com.revops.domain.forecast.SlippedRule.MIN_SPELLS
                    + " advances yet to tell a slipped deal from a slow one.";
        }
        if (s.count() == 0) {
            return "None slipped: no open contact is older in its stage than 80% of those that advanced out of it took.";
        }
        return s.count() + " slipped, " + Formats.money(s.total()) + ": older in their stage than 80% of those that advanced out of it "
                + "took" + (s.count() > s.contacts().size() ? " (the " + s.contacts().size() + " most overdue listed)" : "")
                + ". Enter opens the contact; L marks it lost.";
    }

    /**
     * Marks a slipped contact lost: the contacts' stage change to closed_lost (a row in actp_stage_transitions), with
     * the same checks as a move on the Contacts screen; then every screen reloads.
     */
    public void markLost(SlippedContact contact) {
        executor.background(() -> context.services().stores().contacts()
                        .changeStage(contact.id(), Stage.CLOSED_LOST.code(), context.clock().instant()))
                .whenComplete((change, error) -> executor.ui(() -> {
                    if (error != null) {
                        status.problem(describe(error));
                        return;
                    }
                    status.say("Marked " + contact.name() + " lost (was in " + contact.stage().label() + " for "
                            + Formats.days(contact.ageDays()) + " days)");
                    context.dataChanged();
                    refresh();
                }));
    }

    /**
     * Sets (or with an empty call, clears) the operator's call on a contact of the list; the forecast then shows the
     * model and "model + your calls" side by side. Refused (with the reason on the status line) for a closed contact.
     */
    public void setCall(ForecastContact contact, Optional<DealCall> call) {
        executor.background(() -> context.services().stores().forecastCalls().set(contact.id(), call, context.clock().instant()))
                .whenComplete((change, error) -> executor.ui(() -> {
                    if (error != null) {
                        status.problem(describe(error));
                        return;
                    }
                    status.say(call.map(c -> "Your call on " + contact.name() + ": " + c.label()).orElse("Cleared your call on " + contact.name()));
                    refresh();
                }));
    }

    /** "Model + your calls (1 commit, 0 upside, 1 out): $3,600 in 30 days, likely $3.5k–$3.7k" — or how to make one. */
    static String withCallsLine(Forecast model, WithCalls w) {
        if (w.calls() == 0) {
            return "Your calls: none yet — pick Commit, Upside or Out in a contact's \"Your call\" menu to see the model and your read side by side.";
        }
        return "Model + your calls (" + w.commits() + " commit, " + w.upsides() + " upside, " + w.outs() + " out): "
                + Formats.money(w.expected().d30()) + " in 30 days" + w.range().map(r -> ", likely "
                + com.revops.domain.forecast.ForecastWords.range(r.d30()) + " (best case counts upside)").orElse("")
                + " — the model alone: " + Formats.money(model.hazard().d30());
    }

    /** Which method's 30-day forecasts did best, or how much history is still missing. */
    static String verdict(AccuracyTable accuracy) {
        return accuracy.best(30).map(m -> {
            MethodScore s = accuracy.score(m, 30);
            return "★ " + m.label() + " did best at 30 days: off by " + Formats.percent(s.wape()) + " of what closed (WAPE), "
                    + signed(s.bias()) + " bias, over " + s.points() + " judged forecasts.";
        }).orElse("Not enough history yet: " + accuracy.points(30) + " of " + MethodScore.MIN_POINTS
                + " judged 30-day forecasts (one a day from the midnight snapshot). ./revops --forecast --backtest judges every "
                + "method on the history you already have.");
    }

    static String signed(java.util.Optional<BigDecimal> rate) {
        return rate.map(ForecastViewModel::signedOne).orElse("n/a");
    }

    static String signedOne(BigDecimal rate) {
        return (rate.signum() > 0 ? "+" : "") + Formats.percent(rate);
    }

    /** The forecast at the last load (null before it). */
    public ReadOnlyObjectProperty<Forecast> forecastProperty() {
        return forecast;
    }

    public ObservableList<MethodRow> methods() {
        return methods;
    }

    /** What the open contacts of each stage and age bucket add, by stage then age. */
    public ObservableList<Contribution> contributions() {
        return contributions;
    }

    /** The open contacts with the highest expected revenue within 30 days. */
    public ObservableList<ForecastContact> contacts() {
        return contacts;
    }

    /** Every past snapshot's 30-day forecast and what closed after it, newest first. */
    public ObservableList<ForecastOutcome> outcomes() {
        return outcomes;
    }

    /** "Model + your calls" at the last load (null before it). */
    public ReadOnlyObjectProperty<WithCalls> withCallsProperty() {
        return withCalls;
    }

    /** The operator's call on each contact that has one. */
    public ObservableMap<UUID, DealCall> calls() {
        return calls;
    }

    /** The slipped contacts, the most overdue first. */
    public ObservableList<SlippedContact> slipped() {
        return slipped;
    }

    /** How many contacts have slipped (all of them, not only those listed). */
    public javafx.beans.property.ReadOnlyLongProperty slippedCountProperty() {
        return slippedCount;
    }

    public ReadOnlyStringProperty slippedSummaryProperty() {
        return slippedSummary;
    }

    /** What the last action did, or why it was refused. */
    public StatusLine status() {
        return status;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict;
    }

    public ReadOnlyStringProperty newLeadsProperty() {
        return newLeads;
    }

    private record Snapshot(Forecast forecast, AccuracyTable accuracy, List<ForecastContact> contacts, List<ForecastOutcome> outcomes,
                            Slipped slipped, WithCalls withCalls, java.util.Map<UUID, DealCall> calls) {
    }
}
