package com.revops.app.console.sora;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.alerts.Alert;
import com.revops.integrations.sora.SoraJob;
import com.revops.integrations.sora.SoraJobs;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sora jobs (PRD-019 §4.1): how many are in each status, the newest jobs with how long the
 * unfinished ones have run, what Sora cost this month in the credit ledger (task type
 * {@code sora_generation}), and the jobs stuck for more than an hour.
 */
public final class SoraViewModel extends ScreenModel {
    private final ConsoleContext context;
    private final ObservableList<SoraJob> jobs = FXCollections.observableArrayList();
    private final StringProperty statuses = new SimpleStringProperty("");
    private final StringProperty cost = new SimpleStringProperty("");
    private final StringProperty stuck = new SimpleStringProperty("");
    private Instant shownAt = Instant.EPOCH;

    public SoraViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    @Override
    public void refresh() {
        Instant now = context.clock().instant();
        Instant monthStart = ZonedDateTime.ofInstant(now, context.zone()).toLocalDate().withDayOfMonth(1).atStartOfDay(context.zone()).toInstant();
        load(() -> {
            SoraJobs sora = context.services().stores().soraJobs();
            return new Snapshot(sora.latest(), sora.countsByStatus(), sora.ledgerCost(monthStart, now), sora.stuckAlerts(now), now);
        }, this::apply);
    }

    private void apply(Snapshot s) {
        shownAt = s.now();
        jobs.setAll(s.jobs());
        statuses.set(s.counts().isEmpty() ? "No Sora job yet." : s.counts().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(" · ")));
        cost.set(Formats.moneyCents(s.monthCost()) + " this month in the credit ledger (task type sora_generation)");
        stuck.set(s.stuck().isEmpty() ? "" : String.join("\n", s.stuck().stream().map(Alert::message).toList()));
    }

    /** "42 min", "2 h 05 min" for an unfinished job; "" when finished. */
    public String running(SoraJob job) {
        return job.running(shownAt).map(d -> d.toHours() > 0 ? d.toHours() + " h " + String.format("%02d", d.toMinutesPart()) + " min"
                : d.toMinutes() + " min").orElse("");
    }

    public ObservableList<SoraJob> jobs() {
        return jobs;
    }

    public StringProperty statusesProperty() {
        return statuses;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public StringProperty stuckProperty() {
        return stuck;
    }

    private record Snapshot(List<SoraJob> jobs, Map<String, Long> counts, BigDecimal monthCost, List<Alert> stuck, Instant now) {
    }
}
