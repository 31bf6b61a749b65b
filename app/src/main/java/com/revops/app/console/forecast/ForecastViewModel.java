package com.revops.app.console.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.revenue.Forecast;
import com.revops.domain.revenue.ForecastAccuracy;
import com.revops.domain.revenue.ForecastOutcome;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.integrations.revenue.RevenueEngine;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Forecast screen (SPEC §6): the {@code --forecast} numbers at the same instant, each open
 * stage's P(close) and share of the weighted pipeline, and every past snapshot's 30-day forecast
 * against what closed after it, with the accuracy summary.
 */
public final class ForecastViewModel extends ScreenModel {
    private final ConsoleContext context;
    private final ObjectProperty<Forecast> forecast = new SimpleObjectProperty<>();
    private final ObservableList<StageChance> stages = FXCollections.observableArrayList();
    private final ObservableList<ForecastOutcome> outcomes = FXCollections.observableArrayList();
    private final StringProperty wape = new SimpleStringProperty("—");
    private final StringProperty bias = new SimpleStringProperty("—");
    private final StringProperty mape = new SimpleStringProperty("—");
    private final StringProperty accuracyWords = new SimpleStringProperty("");
    private final StringProperty judged = new SimpleStringProperty("");

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
        RevenueEngine engine = new RevenueEngine(context.services().database(), context.zone());
        RevenueEngine.Overview overview = engine.overview(asOf);
        return new Snapshot(overview.pipeline(), overview.forecast(), engine.forecastOutcomes(asOf));
    }

    private void apply(Snapshot s) {
        forecast.set(s.forecast());
        List<StageChance> chances = new ArrayList<>();
        for (PipelineSummary.StageLine line : s.pipeline().stages()) {
            BigDecimal p = s.forecast().closeProbability().get(line.stage());
            chances.add(new StageChance(line.stage(), line.contacts(), line.value(), p, line.value().multiply(p)));
        }
        stages.setAll(chances);
        outcomes.setAll(s.outcomes().stream().sorted(Comparator.comparing(ForecastOutcome::snapshotDate).reversed()).toList());
        ForecastAccuracy accuracy = ForecastAccuracy.of(s.outcomes().stream().filter(ForecastOutcome::judged)
                .map(ForecastOutcome::point).toList());
        wape.set(Formats.percent(accuracy.wape()));
        bias.set(accuracy.bias().map(AccuracyWords::signed).orElse("n/a"));
        mape.set(Formats.percent(accuracy.mape()));
        accuracyWords.set(AccuracyWords.describe(accuracy));
        long open = s.outcomes().size() - accuracy.points().size();
        judged.set(accuracy.points().size() + " judged · " + open + " still inside their 30 days");
    }

    /** The forecast at the last load (null before it). */
    public ReadOnlyObjectProperty<Forecast> forecastProperty() {
        return forecast;
    }

    public ObservableList<StageChance> stages() {
        return stages;
    }

    /** Every past snapshot's forecast and what closed after it, newest first. */
    public ObservableList<ForecastOutcome> outcomes() {
        return outcomes;
    }

    public ReadOnlyStringProperty wapeProperty() {
        return wape;
    }

    public ReadOnlyStringProperty biasProperty() {
        return bias;
    }

    public ReadOnlyStringProperty mapeProperty() {
        return mape;
    }

    public ReadOnlyStringProperty accuracyWordsProperty() {
        return accuracyWords;
    }

    public ReadOnlyStringProperty judgedProperty() {
        return judged;
    }

    private record Snapshot(PipelineSummary pipeline, Forecast forecast, List<ForecastOutcome> outcomes) {
    }
}
