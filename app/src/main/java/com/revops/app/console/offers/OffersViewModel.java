package com.revops.app.console.offers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import com.revops.app.Formats;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.revenue.AutomationRoi;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.OfferPerformanceCalculator;
import com.revops.domain.revenue.OperatorTime;
import com.revops.domain.revenue.Unattributed;
import com.revops.integrations.revenue.RevenueEngine;
import com.revops.integrations.settings.OperatorTimeSettings;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Offers screen (SPEC §6): {@code --offer-performance} at the same instant — offer × platform ×
 * niche rows over the trailing 90 days, narrowed by offer, platform, niche and text; the per-offer
 * summary; and automation ROI over the last 30 days.
 */
public final class OffersViewModel extends ScreenModel {
    public static final String ALL_OFFERS = "All offers";
    public static final String ALL_PLATFORMS = "All platforms";
    public static final String ALL_NICHES = "All niches";
    /** How a row without a niche is shown and chosen (as on the Sources screen). */
    public static final String NO_NICHE = Unattributed.UNKNOWN_NICHE;

    private final ConsoleContext context;
    private final ObservableList<OfferPerformance> rows = FXCollections.observableArrayList();
    private final FilteredList<OfferPerformance> shownRows = new FilteredList<>(rows);
    private final ObservableList<OfferPerformance> offers = FXCollections.observableArrayList();
    private final ObservableList<AutomationRoi> automations = FXCollections.observableArrayList();
    private final ObservableList<String> offerChoices = FXCollections.observableArrayList(ALL_OFFERS);
    private final ObservableList<String> platformChoices = FXCollections.observableArrayList(ALL_PLATFORMS);
    private final ObservableList<String> nicheChoices = FXCollections.observableArrayList(ALL_NICHES);
    private final StringProperty offer = new SimpleStringProperty(ALL_OFFERS);
    private final StringProperty platform = new SimpleStringProperty(ALL_PLATFORMS);
    private final StringProperty niche = new SimpleStringProperty(ALL_NICHES);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty shownCount = new SimpleStringProperty("");
    private final StringProperty period = new SimpleStringProperty("");
    private final StringProperty topOffer = new SimpleStringProperty("");

    public OffersViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
        for (Observable filter : List.of(offer, platform, niche, text)) {
            filter.addListener(o -> applyFilters());
        }
    }

    @Override
    public void refresh() {
        Instant asOf = context.clock().instant();
        load(() -> fetch(asOf), this::apply);
    }

    private Snapshot fetch(Instant asOf) {
        RevenueEngine engine = new RevenueEngine(context.services().database(), context.zone());
        return new Snapshot(asOf, engine.offerPerformance(asOf), engine.automationRoi(asOf),
                context.services().stores().operatorTime().read());
    }

    private void apply(Snapshot s) {
        rows.setAll(s.result().rows());
        offers.setAll(s.result().offers());
        automations.setAll(s.automations());
        choices(offerChoices, ALL_OFFERS, OfferPerformance::offerTag, offer);
        choices(platformChoices, ALL_PLATFORMS, OfferPerformance::platform, platform);
        choices(nicheChoices, ALL_NICHES, r -> r.niche().orElse(NO_NICHE), niche);
        OperatorTime t = s.time();
        period.set("Last 90 days to " + Formats.when(s.asOf(), context.zone())
                + " · conversion = deals ÷ pipeline entries · ROI = (revenue − cost) ÷ cost · cost = ads + AI credits tagged with the offer"
                + " + your time at " + Formats.moneyCents(t.hourlyRate()) + "/h (" + plain(t.minutesPerOutreach()) + " min per outreach item sent, "
                + plain(t.minutesPerCall()) + " min per call booked; Settings → Offers)");
        topOffer.set(s.result().topOffer().map(OffersViewModel::topOfferLine).orElse("No offer earned revenue in the last 90 days."));
        applyFilters();
    }

    /** "Top offer: x — $24,958 from 7 deals · 7.3× ROI on $3,415 cost (ads $0, AI $92, time $3,323)". */
    static String topOfferLine(OfferPerformance o) {
        return "Top offer: " + o.offerTag() + " — " + Formats.money(o.revenue()) + " from " + o.deals() + (o.deals() == 1 ? " deal" : " deals")
                + " · " + Formats.times(o.roi()) + " ROI on " + Formats.money(o.cost()) + " cost (ads " + Formats.money(o.costs().adSpend())
                + ", AI " + Formats.money(o.costs().aiCredits()) + ", time " + Formats.money(o.costs().operatorTime()) + ")";
    }

    private static String plain(java.math.BigDecimal minutes) {
        return minutes.stripTrailingZeros().toPlainString();
    }

    private void choices(ObservableList<String> choices, String all, Function<OfferPerformance, String> of, StringProperty chosen) {
        List<String> list = new ArrayList<>();
        list.add(all);
        list.addAll(new TreeSet<>(rows.stream().map(of).toList()));
        choices.setAll(list);
        if (!list.contains(chosen.get())) {
            chosen.set(all);
        }
    }

    /** Shows every filter back to "all". */
    public void clearFilters() {
        offer.set(ALL_OFFERS);
        platform.set(ALL_PLATFORMS);
        niche.set(ALL_NICHES);
        text.set("");
    }

    private void applyFilters() {
        Predicate<OfferPerformance> matching = is(offer.get(), ALL_OFFERS, OfferPerformance::offerTag)
                .and(is(platform.get(), ALL_PLATFORMS, OfferPerformance::platform))
                .and(is(niche.get(), ALL_NICHES, r -> r.niche().orElse(NO_NICHE)))
                .and(containsWords(text.get()));
        shownRows.setPredicate(matching);
        shownCount.set(shownRows.size() == rows.size() ? rows.size() + " rows" : shownRows.size() + " of " + rows.size() + " rows");
    }

    private static Predicate<OfferPerformance> is(String chosen, String all, Function<OfferPerformance, String> of) {
        return chosen == null || chosen.equals(all) ? r -> true : r -> chosen.equals(of.apply(r));
    }

    /** Every word must occur in the row's offer, platform or niche. */
    static Predicate<OfferPerformance> containsWords(String text) {
        List<String> words = Arrays.stream((text == null ? "" : text).toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
        return r -> {
            String haystack = (r.offerTag() + " " + r.platform() + " " + r.niche().orElse("")).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(haystack::contains);
        };
    }

    /** The rows that pass the filters. */
    public FilteredList<OfferPerformance> shownRows() {
        return shownRows;
    }

    public ObservableList<OfferPerformance> offers() {
        return offers;
    }

    public ObservableList<AutomationRoi> automations() {
        return automations;
    }

    public ObservableList<String> offerChoices() {
        return offerChoices;
    }

    public ObservableList<String> platformChoices() {
        return platformChoices;
    }

    public ObservableList<String> nicheChoices() {
        return nicheChoices;
    }

    public StringProperty offerProperty() {
        return offer;
    }

    public StringProperty platformProperty() {
        return platform;
    }

    public StringProperty nicheProperty() {
        return niche;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty shownCountProperty() {
        return shownCount;
    }

    public ReadOnlyStringProperty periodProperty() {
        return period;
    }

    public ReadOnlyStringProperty topOfferProperty() {
        return topOffer;
    }

    /** The niche as a row shows it. */
    public static String niche(OfferPerformance row) {
        return row.niche().orElse(NO_NICHE);
    }

    private record Snapshot(Instant asOf, OfferPerformanceCalculator.Result result, List<AutomationRoi> automations, OperatorTime time) {
    }
}
