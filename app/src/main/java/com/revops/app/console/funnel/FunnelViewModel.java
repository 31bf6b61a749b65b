package com.revops.app.console.funnel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.funnel.FunnelCounts;
import com.revops.domain.funnel.FunnelStatus;
import com.revops.domain.funnel.FunnelStep;
import com.revops.integrations.funnel.FunnelRepository;
import com.revops.integrations.funnel.FunnelRepository.DayPoint;
import com.revops.integrations.funnel.FunnelRepository.FunnelReading;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Funnel phase screen's numbers (SPEC §6, PRD-019 §4.11): the same reading as {@code --funnel}
 * (the latest snapshot, rates over its 30 days), and paying users and MRR over the last 180 days.
 */
public final class FunnelViewModel extends ScreenModel {
    static final int HISTORY_DAYS = 180;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private final ConsoleContext context;
    private final StringProperty phase = new SimpleStringProperty("—");
    private final StringProperty playbook = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("—");
    private final StringProperty progressDetail = new SimpleStringProperty("");
    private final StringProperty mrr = new SimpleStringProperty("—");
    private final StringProperty mrrDetail = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<Optional<Long>> nextThreshold = new javafx.beans.property.SimpleObjectProperty<>(Optional.empty());
    private final StringProperty stepsTitle = new SimpleStringProperty("Funnel steps");
    private final ObservableList<StepLine> steps = FXCollections.observableArrayList();
    private final ObservableList<DayPoint> history = FXCollections.observableArrayList();

    public FunnelViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    @Override
    public void refresh() {
        Instant asOf = context.clock().instant();
        load(() -> fetch(asOf), this::apply);
    }

    private Snapshot fetch(Instant asOf) {
        LocalDate day = asOf.atZone(context.zone()).toLocalDate();
        FunnelRepository funnel = context.services().stores().funnel();
        return new Snapshot(funnel.latest(day), funnel.history(day.minusDays(HISTORY_DAYS - 1L), day));
    }

    private void apply(Snapshot s) {
        if (s.reading().isEmpty()) {
            phase.set("No snapshot yet");
            playbook.set("The funnel snapshot job writes one a day at 00:15; until then there is no phase.");
            progress.set(0);
            progressText.set("—");
            progressDetail.set("");
            mrr.set("—");
            mrrDetail.set("");
            subtitle.set("No funnel snapshot with paying users yet.");
            steps.clear();
            nextThreshold.set(Optional.empty());
            history.setAll(s.history());
            return;
        }
        FunnelReading r = s.reading().get();
        FunnelStatus f = r.status();
        phase.set("Phase " + f.phase().number() + " of 3");
        playbook.set(f.phase().playbook().replaceFirst("^Phase \\d: ", ""));
        progress.set(f.progressToNext().doubleValue());
        progressText.set(f.nextThreshold().map(n -> f.payingUsers() + " of " + n + " paying users").orElse(f.payingUsers() + " paying users"));
        progressDetail.set(f.nextThreshold().map(n -> f.usersToNext().orElse(0L) + " more to phase " + (f.phase().number() + 1)
                + " · " + Formats.percent(f.progressToNext())).orElse("the last phase: no further threshold"));
        mrr.set(Formats.money(f.mrr()));
        mrrDetail.set(f.payingUsers() > 0 ? Formats.moneyCents(f.mrr().divide(BigDecimal.valueOf(f.payingUsers()), 2, java.math.RoundingMode.HALF_UP))
                + " per paying user" : "no paying users yet");
        subtitle.set(r.unavailableSince().map(since -> "Source unavailable since " + DAY.format(since) + ": RevenueCat has not answered "
                + "since, so paying users, MRR and phase are its last values, from the snapshot of " + DAY.format(r.snapshotDate()))
                .orElse("From the funnel snapshot of " + DAY.format(r.snapshotDate())) + " · thresholds at 50 and 200 paying users");
        stepsTitle.set("Funnel steps, " + DAY.format(r.windowFrom()) + " – " + DAY.format(r.windowTo()) + " (rates against their target bands)");
        steps.setAll(lines(f, r.counts()));
        nextThreshold.set(f.nextThreshold());
        history.setAll(s.history());
    }

    static List<StepLine> lines(FunnelStatus f, FunnelCounts c) {
        List<StepLine> lines = new ArrayList<>();
        lines.add(line(f, FunnelStep.IMPRESSION_TO_CLICK, "impressions", c.impressions(), "clicks", c.clicks()));
        lines.add(line(f, FunnelStep.CLICK_TO_SIGNUP, "clicks", c.clicks(), "signups", c.signups()));
        lines.add(line(f, FunnelStep.SIGNUP_TO_TRIAL, "signups", c.signups(), "trials", c.trials()));
        lines.add(line(f, FunnelStep.TRIAL_TO_PAID, "trials", c.trials(), "paid", c.purchases()));
        lines.add(new StepLine(FunnelStep.MONTH1_RETENTION, "", -1, "", -1, Optional.ofNullable(f.rates().get(FunnelStep.MONTH1_RETENTION)),
                f.verdict(FunnelStep.MONTH1_RETENTION).map(v -> v.name().toLowerCase(Locale.ROOT)).orElse("unknown")));
        return lines;
    }

    private static StepLine line(FunnelStatus f, FunnelStep step, String from, long fromCount, String to, long toCount) {
        return new StepLine(step, from, fromCount, to, toCount, Optional.ofNullable(f.rates().get(step)),
                f.verdict(step).map(v -> v.name().toLowerCase(Locale.ROOT)).orElse("unknown"));
    }

    public StringProperty phaseProperty() {
        return phase;
    }

    public StringProperty playbookProperty() {
        return playbook;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty progressDetailProperty() {
        return progressDetail;
    }

    public StringProperty mrrProperty() {
        return mrr;
    }

    public StringProperty mrrDetailProperty() {
        return mrrDetail;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    public StringProperty stepsTitleProperty() {
        return stepsTitle;
    }

    /** The paying users that open the next phase (50, then 200); empty in phase 3 or without a snapshot. */
    public javafx.beans.property.ObjectProperty<Optional<Long>> nextThresholdProperty() {
        return nextThreshold;
    }

    public ObservableList<StepLine> steps() {
        return steps;
    }

    public ObservableList<DayPoint> history() {
        return history;
    }

    private record Snapshot(Optional<FunnelReading> reading, List<DayPoint> history) {
    }

    /**
     * One step: from how many to how many (retention has no counts: -1), the rate and its verdict
     * against the band ("below", "within", "above", or "unknown" without a rate).
     */
    public record StepLine(FunnelStep step, String from, long fromCount, String to, long toCount, Optional<BigDecimal> rate, String verdict) {

        public String target() {
            return step == FunnelStep.MONTH1_RETENTION ? "≥ 80%" : percent(step.low()) + "–" + percent(step.high()) + "%";
        }

        public String volumes() {
            return fromCount < 0 ? "of last month's buyers" : String.format(Locale.US, "%,d → %,d %s", fromCount, toCount, to);
        }

        private static String percent(BigDecimal rate) {
            return rate.movePointRight(2).stripTrailingZeros().toPlainString();
        }
    }
}
