package com.revops.app.console.routine;

import java.time.Instant;
import java.util.List;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.alerts.Alert;
import com.revops.domain.routine.StepState;
import com.revops.integrations.routine.RoutineLog;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today's 17 steps of the worker's routine against their planned windows (PRD-019 §4.10), from what
 * the worker reported with {@code --routine-step}, and the failure rules' alerts as they stand now.
 */
public final class RoutineViewModel extends ScreenModel {
    private final ConsoleContext context;
    private final ObservableList<StepState> steps = FXCollections.observableArrayList();
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private Instant shownAt = Instant.EPOCH;

    public RoutineViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    @Override
    public void refresh() {
        Instant now = context.clock().instant();
        load(() -> {
            RoutineLog log = context.services().stores().routineLog(context.zone());
            return new Snapshot(log.today(now), log.alerts(now), now);
        }, this::apply);
    }

    private void apply(Snapshot s) {
        shownAt = s.now();
        steps.setAll(s.steps());
        alerts.setAll(s.alerts());
        summary.set(count(s.steps(), "ok") + " ok · " + count(s.steps(), "running") + " running · " + count(s.steps(), "failed")
                + " failed · " + count(s.steps(), "missing") + " missing · " + count(s.steps(), "skipped") + " skipped · "
                + count(s.steps(), "pending") + " still to come" + (s.alerts().isEmpty() ? "" : " · " + s.alerts().size() + " alert"
                + (s.alerts().size() == 1 ? "" : "s")));
    }

    static long count(List<StepState> steps, String state) {
        return steps.stream().filter(s -> s.state().equals(state)).count();
    }

    public ObservableList<StepState> steps() {
        return steps;
    }

    public ObservableList<Alert> alerts() {
        return alerts;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** The moment the steps were read (the timeline's "now" line). */
    public Instant shownAt() {
        return shownAt;
    }

    private record Snapshot(List<StepState> steps, List<Alert> alerts, Instant now) {
    }
}
