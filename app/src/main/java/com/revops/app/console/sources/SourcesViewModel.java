package com.revops.app.console.sources;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.attribution.AttributionDimension;
import com.revops.domain.attribution.AttributionRow;
import com.revops.domain.revenue.TopSources;
import com.revops.integrations.attribution.AttributionRepository;
import com.revops.integrations.revenue.RevenueEngine;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sources & attribution (SPEC §6): platforms and niches ranked by deal revenue and the best
 * platform → niche ({@code --top-sources}), and attribution by a chosen dimension (PRD-019 §4.5)
 * — both over the trailing 90 days.
 */
public final class SourcesViewModel extends ScreenModel {
    private final ConsoleContext context;
    private final ObservableList<TopSources.Ranked> platforms = FXCollections.observableArrayList();
    private final ObservableList<TopSources.Ranked> niches = FXCollections.observableArrayList();
    private final StringProperty bestSource = new SimpleStringProperty("—");
    private final StringProperty bestSourceDetail = new SimpleStringProperty("");
    private final StringProperty period = new SimpleStringProperty("");
    private final ObjectProperty<AttributionDimension> dimension = new SimpleObjectProperty<>(AttributionDimension.PLATFORM);
    private final ObservableList<AttributionRow> attribution = FXCollections.observableArrayList();
    private final StringProperty attributionTotal = new SimpleStringProperty("");
    private Map<AttributionDimension, List<AttributionRow>> byDimension = new EnumMap<>(AttributionDimension.class);

    public SourcesViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
        dimension.addListener((o, a, b) -> showDimension());
    }

    @Override
    public void refresh() {
        Instant asOf = context.clock().instant();
        load(() -> fetch(asOf), this::apply);
    }

    private Snapshot fetch(Instant asOf) {
        var db = context.services().database();
        TopSources top = new RevenueEngine(db, context.zone()).topSources(asOf);
        var attribution = context.services().stores().attribution().summaries(asOf.minus(RevenueEngine.PERFORMANCE_WINDOW), asOf);
        return new Snapshot(asOf, top, attribution);
    }

    private void apply(Snapshot s) {
        platforms.setAll(s.top().platforms());
        niches.setAll(s.top().niches());
        bestSource.set(s.top().bestPair().map(b -> b.platform() + " → " + b.niche()).orElse("none yet"));
        bestSourceDetail.set(s.top().bestPair().map(b -> Formats.money(b.revenue()) + " from " + b.deals()
                + (b.deals() == 1 ? " deal" : " deals")).orElse("no deal revenue in the last 90 days"));
        period.set("Last 90 days to " + Formats.when(s.asOf(), context.zone()));
        byDimension = s.attribution();
        showDimension();
    }

    private void showDimension() {
        List<AttributionRow> rows = byDimension.getOrDefault(dimension.get(), List.of());
        attribution.setAll(rows);
        AttributionRow total = total(dimension.get(), rows);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        attributionTotal.set(rows.isEmpty() ? "No attribution events in the last 90 days."
                : "All: " + n.format(total.clicks()) + " clicks → " + n.format(total.signups()) + " signups → " + n.format(total.trials())
                + " trials → " + n.format(total.purchases()) + " purchases · " + Formats.money(total.revenue()) + " revenue · "
                + Formats.money(total.cost()) + " cost · CPA " + total.cpa().map(Formats::moneyCents).orElse("n/a")
                + " · ROAS " + Formats.times(total.roas()));
    }

    /** Every event has one value of each dimension, so a dimension's rows add up to all events. */
    static AttributionRow total(AttributionDimension dimension, List<AttributionRow> rows) {
        return AttributionRow.of(dimension, Optional.of("all"), rows.stream().mapToLong(AttributionRow::clicks).sum(),
                rows.stream().mapToLong(AttributionRow::signups).sum(), rows.stream().mapToLong(AttributionRow::trials).sum(),
                rows.stream().mapToLong(AttributionRow::purchases).sum(),
                rows.stream().map(AttributionRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(AttributionRow::cost).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public ObservableList<TopSources.Ranked> platforms() {
        return platforms;
    }

    public ObservableList<TopSources.Ranked> niches() {
        return niches;
    }

    public ReadOnlyStringProperty bestSourceProperty() {
        return bestSource;
    }

    public ReadOnlyStringProperty bestSourceDetailProperty() {
        return bestSourceDetail;
    }

    public ReadOnlyStringProperty periodProperty() {
        return period;
    }

    /** The dimension the attribution table shows; choosing another needs no reload. */
    public ObjectProperty<AttributionDimension> dimensionProperty() {
        return dimension;
    }

    public ObservableList<AttributionRow> attribution() {
        return attribution;
    }

    public ReadOnlyStringProperty attributionTotalProperty() {
        return attributionTotal;
    }

    /** How a value is shown: events without one are "(not set)". */
    public static String value(AttributionRow row) {
        return row.value().orElse("(not set)");
    }

    private record Snapshot(Instant asOf, TopSources top, Map<AttributionDimension, List<AttributionRow>> attribution) {
    }
}
