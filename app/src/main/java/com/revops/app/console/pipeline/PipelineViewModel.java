package com.revops.app.console.pipeline;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.common.Stage;
import com.revops.domain.revenue.ConversionRates;
import com.revops.domain.revenue.ConversionStep;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.SalesVelocity;
import com.revops.domain.revenue.TimeInStage;
import com.revops.integrations.revenue.RevenueEngine;
import com.revops.integrations.revenue.StageContact;
import com.revops.integrations.revenue.StageContacts;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Pipeline screen (SPEC §6): the open stages with counts and values ({@code --pipeline}), step
 * conversion ({@code --conversion-rates}), time in stage and sales velocity ({@code --velocity}) from
 * the CLI's engine at the same instant, and the contacts of the stage the operator picks.
 */
public final class PipelineViewModel extends ScreenModel {
    /** Below this many resolved contacts (or transitions) the blended figure is mostly the prior (worth 20). */
    public static final int SMALL_SAMPLE = 20;

    private final ConsoleContext context;
    private final ObservableList<PipelineSummary.StageLine> stages = FXCollections.observableArrayList();
    private final ObservableList<ConversionStep> steps = FXCollections.observableArrayList();
    private final ObservableList<TimeInStage.Line> timeInStage = FXCollections.observableArrayList();
    private final StringProperty total = new SimpleStringProperty("");
    private final StringProperty velocity = new SimpleStringProperty("—");
    private final StringProperty velocityFactors = new SimpleStringProperty("");
    private final ObjectProperty<Stage> selectedStage = new SimpleObjectProperty<>();
    private final ObservableList<StageContact> stageContacts = FXCollections.observableArrayList();
    private final FilteredList<StageContact> shownContacts = new FilteredList<>(stageContacts);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty contactsTitle = new SimpleStringProperty("Contacts in a stage");
    private final StringProperty contactsNote = new SimpleStringProperty("Click a stage of the funnel to list its contacts.");
    private final BooleanProperty contactsLoading = new SimpleBooleanProperty(false);
    private int contactsGeneration;

    public PipelineViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
        search.addListener((o, a, text) -> {
            shownContacts.setPredicate(matching(text));
            describeContacts();
        });
    }

    @Override
    public void refresh() {
        Instant asOf = context.clock().instant();
        Optional<Stage> selected = Optional.ofNullable(selectedStage.get());
        int generation = ++contactsGeneration;
        load(() -> fetch(asOf, selected, generation), this::apply);
    }

    /** Lists the contacts of {@code stage} (an open stage), loading them off the FX thread. */
    public void selectStage(Stage stage) {
        if (!stage.isOpen()) {
            return;
        }
        selectedStage.set(stage);
        Instant asOf = context.clock().instant();
        int mine = ++contactsGeneration;
        contactsLoading.set(true);
        executor.background(() -> context.services().stores().stageContacts().inStage(stage, asOf))
                .whenComplete((list, error) -> executor.ui(() -> {
                    if (mine != contactsGeneration) {
                        return;
                    }
                    contactsLoading.set(false);
                    if (error == null) {
                        showContacts(stage, list);
                    } else {
                        reportProblem(describe(error));
                    }
                }));
    }

    /** Sent here with a stage's code or name (e.g. from an alert): lists that stage. */
    public void focusStage(String what) {
        String wanted = what == null ? "" : what.trim();
        Arrays.stream(Stage.values()).filter(Stage::isOpen)
                .filter(s -> s.code().equalsIgnoreCase(wanted) || s.label().equalsIgnoreCase(wanted))
                .findFirst().ifPresent(this::selectStage);
    }

    private Snapshot fetch(Instant asOf, Optional<Stage> selected, int generation) {
        var db = context.services().database();
        RevenueEngine engine = new RevenueEngine(db, context.zone());
        RevenueEngine.Velocity velocity = engine.velocity(asOf);
        List<StageContact> contacts = selected.map(s -> context.services().stores().stageContacts().inStage(s, asOf)).orElse(List.of());
        return new Snapshot(engine.pipeline(asOf), engine.conversionRates(asOf), velocity, selected, contacts, generation);
    }

    private void apply(Snapshot s) {
        stages.setAll(s.pipeline().stages());
        steps.setAll(s.rates().steps());
        timeInStage.setAll(s.velocity().timeInStage().lines());
        total.set(s.pipeline().totalContacts() + " open contacts · " + Formats.money(s.pipeline().totalValue()) + " potential");
        SalesVelocity v = s.velocity().salesVelocity();
        velocity.set(v.perDay().map(d -> Formats.money(d) + " per day").orElse("n/a"));
        velocityFactors.set(v.winRate().map(rate -> v.openDeals() + " open deals × " + Formats.percent(rate) + " win rate × "
                + Formats.money(v.meanDealValue()) + " mean deal ÷ " + Formats.days(v.cycleDays()) + "-day cycle")
                .orElse(v.openDeals() + " open deals, but no deal has closed (won or lost) yet: no win rate to multiply by"));
        if (selectedStage.get() == null) {
            // first load: the contacts closest to a close
            s.pipeline().stages().stream().filter(l -> l.contacts() > 0).reduce((a, b) -> b)
                    .ifPresent(line -> selectStage(line.stage()));
        } else if (s.generation() == contactsGeneration) {
            // no stage was picked since this load began: its contacts are the current ones
            contactsLoading.set(false);
            s.selected().ifPresent(stage -> showContacts(stage, s.contacts()));
        }
    }

    private void showContacts(Stage stage, List<StageContact> list) {
        stageContacts.setAll(list);
        describeContacts();
    }

    private void describeContacts() {
        Stage stage = selectedStage.get();
        if (stage == null) {
            return;
        }
        long inStage = stages.stream().filter(l -> l.stage() == stage).mapToLong(PipelineSummary.StageLine::contacts).findFirst()
                .orElse(stageContacts.size());
        contactsTitle.set("Contacts in " + stage.label() + " (" + inStage + ")");
        String note = stageContacts.size() < inStage
                ? "Showing the " + stageContacts.size() + " longest waiting of " + inStage + ". "
                : "Longest waiting first. ";
        if (!search.get().isBlank()) {
            note += shownContacts.size() + " of " + stageContacts.size() + " match “" + search.get().strip() + "”. ";
        }
        contactsNote.set(note + "Double-click a contact to open it.");
    }

    /** Every word of the search must occur in the contact's name, handle, platform, niche or offer. */
    static Predicate<StageContact> matching(String text) {
        List<String> words = Arrays.stream((text == null ? "" : text).toLowerCase(Locale.ROOT).split("\\s+"))
                .map(w -> w.startsWith("@") ? w.substring(1) : w).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return c -> true;
        }
        return c -> {
            String haystack = String.join(" ", c.name(), c.handle().orElse(""), c.platform().orElse(""), c.niche().orElse(""),
                    c.offer().orElse("")).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(haystack::contains);
        };
    }

    /** "n=593", or "n=3 — mostly prior" when fewer than {@link #SMALL_SAMPLE}. */
    public static String sample(long n) {
        return "n=" + n + (isSmall(n) ? " — mostly prior" : "");
    }

    public static boolean isSmall(long n) {
        return n < SMALL_SAMPLE;
    }

    public ObservableList<PipelineSummary.StageLine> stages() {
        return stages;
    }

    public ObservableList<ConversionStep> steps() {
        return steps;
    }

    public ObservableList<TimeInStage.Line> timeInStage() {
        return timeInStage;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total;
    }

    public ReadOnlyStringProperty velocityProperty() {
        return velocity;
    }

    public ReadOnlyStringProperty velocityFactorsProperty() {
        return velocityFactors;
    }

    public ReadOnlyObjectProperty<Stage> selectedStageProperty() {
        return selectedStage;
    }

    /** The selected stage's contacts that match the search. */
    public FilteredList<StageContact> shownContacts() {
        return shownContacts;
    }

    public ObservableList<StageContact> stageContacts() {
        return stageContacts;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty contactsTitleProperty() {
        return contactsTitle;
    }

    public ReadOnlyStringProperty contactsNoteProperty() {
        return contactsNote;
    }

    public ReadOnlyBooleanProperty contactsLoadingProperty() {
        return contactsLoading;
    }

    private record Snapshot(PipelineSummary pipeline, ConversionRates rates, RevenueEngine.Velocity velocity, Optional<Stage> selected,
                            List<StageContact> contacts, int generation) {
    }
}
