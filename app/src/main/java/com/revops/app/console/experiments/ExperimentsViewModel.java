package com.revops.app.console.experiments;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.experiments.ExperimentVerdict;
import com.revops.domain.experiments.VariantCounts;
import com.revops.integrations.analytics.PaywallExperimentRepository;
import com.revops.integrations.experiments.AbTestRepository;
import com.revops.integrations.experiments.AcdExperimentRepository;
import com.revops.integrations.experiments.AcdExperimentRepository.AsoExperiment;
import com.revops.integrations.experiments.AcdExperimentRepository.ProductExperiment;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Experiments screen (SPEC §4 "Experiments", §6): paywall variants and A/B tests with their
 * verdict (a winner only at p < 0.05 with ≥ 100 impressions per variant, else the sample still
 * needed), and the product and App Store experiments' baseline, post and delta.
 */
public final class ExperimentsViewModel extends ScreenModel {
    private final ConsoleContext context;
    private final ObservableList<VerdictLine> paywallVerdicts = FXCollections.observableArrayList();
    private final ObservableList<VariantLine> paywallVariants = FXCollections.observableArrayList();
    private final ObservableList<VerdictLine> abVerdicts = FXCollections.observableArrayList();
    private final ObservableList<VariantLine> abVariants = FXCollections.observableArrayList();
    private final ObservableList<ProductExperiment> product = FXCollections.observableArrayList();
    private final ObservableList<AsoExperiment> aso = FXCollections.observableArrayList();

    public ExperimentsViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
    }

    @Override
    public void refresh() {
        load(this::fetch, this::apply);
    }

    private Snapshot fetch() {
        var stores = context.services().stores();
        List<Group> paywall = new ArrayList<>();
        Map<String, List<PaywallExperimentRepository.StoredVariant>> byExperiment = new LinkedHashMap<>();
        for (PaywallExperimentRepository.StoredVariant v : stores.paywallExperiments().variants()) {
            String name = v.variant().product().orElse("(no product)") + " · " + v.variant().experiment().orElse("(unnamed)");
            byExperiment.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
        }
        byExperiment.forEach((name, variants) -> paywall.add(new Group(name, variants.get(0).status(), variants.stream()
                .map(v -> new Variant(new VariantCounts(v.variant().variantId(), v.variant().impressions(), v.variant().conversions()),
                        v.variant().revenueUsd())).toList())));
        List<Group> ab = new ArrayList<>();
        Map<String, List<AbTestRepository.AbTestVariant>> byTest = new LinkedHashMap<>();
        stores.abTests().variants().forEach(v -> byTest.computeIfAbsent(v.testName(), k -> new ArrayList<>()).add(v));
        byTest.forEach((name, variants) -> ab.add(new Group(name + variants.get(0).metric().map(m -> " (" + m + ")").orElse(""),
                variants.get(0).status(), variants.stream()
                .map(v -> new Variant(new VariantCounts(v.variant(), v.impressions(), v.conversions()), Optional.empty())).toList())));
        AcdExperimentRepository acd = stores.acdExperiments();
        return new Snapshot(paywall, ab, acd.productExperiments(), acd.asoExperiments());
    }

    private void apply(Snapshot s) {
        List<VerdictLine> verdicts = new ArrayList<>();
        List<VariantLine> variants = new ArrayList<>();
        judge(s.paywall(), verdicts, variants);
        paywallVerdicts.setAll(verdicts);
        paywallVariants.setAll(variants);
        verdicts.clear();
        variants.clear();
        judge(s.abTests(), verdicts, variants);
        abVerdicts.setAll(verdicts);
        abVariants.setAll(variants);
        product.setAll(s.product());
        aso.setAll(s.aso());
    }

    /** Each experiment's verdict, and one line per variant with its p-value against the leader. */
    static void judge(List<Group> groups, List<VerdictLine> verdicts, List<VariantLine> lines) {
        for (Group g : groups) {
            ExperimentVerdict verdict = ExperimentVerdict.of(g.variants().stream().map(Variant::counts).toList());
            verdicts.add(new VerdictLine(g.name(), g.status(), verdict));
            String leader = verdict.leader().map(VariantCounts::name).orElse("");
            for (Variant v : g.variants()) {
                String against = v.counts().name().equals(leader) ? (verdict.outcome() == ExperimentVerdict.Outcome.WINNER ? "winner" : "leads")
                        : verdict.comparisons().stream().filter(c -> c.other().name().equals(v.counts().name())).findFirst()
                        .map(c -> ExperimentVerdict.p(c.test().pValue()) + " vs " + leader).orElse("no impressions");
                Optional<BigDecimal> perUser = v.revenue().filter(r -> v.counts().impressions() > 0)
                        .map(r -> r.divide(BigDecimal.valueOf(v.counts().impressions()), MathContext.DECIMAL64));
                lines.add(new VariantLine(g.name(), v.counts().name(), v.counts().impressions(), v.counts().conversions(),
                        v.counts().conversionRate(), v.revenue(), perUser, against));
            }
        }
    }

    public ObservableList<VerdictLine> paywallVerdicts() {
        return paywallVerdicts;
    }

    public ObservableList<VariantLine> paywallVariants() {
        return paywallVariants;
    }

    public ObservableList<VerdictLine> abVerdicts() {
        return abVerdicts;
    }

    public ObservableList<VariantLine> abVariants() {
        return abVariants;
    }

    public ObservableList<ProductExperiment> productExperiments() {
        return product;
    }

    public ObservableList<AsoExperiment> asoExperiments() {
        return aso;
    }

    record Variant(VariantCounts counts, Optional<BigDecimal> revenue) {
    }

    record Group(String name, String status, List<Variant> variants) {
    }

    private record Snapshot(List<Group> paywall, List<Group> abTests, List<ProductExperiment> product, List<AsoExperiment> aso) {
    }

    /** An experiment's verdict. */
    public record VerdictLine(String experiment, String status, ExperimentVerdict verdict) {
        /** "winner" or "not-significant": the badge's style class. */
        public String style() {
            return verdict.outcome() == ExperimentVerdict.Outcome.WINNER ? "winner" : "not-significant";
        }
    }

    /**
     * A variant: its counts, conversion rate, revenue and revenue per user (revenue ÷ impressions:
     * per user shown the paywall), and how it stands against the leader ("winner", "leads", "p = … vs X").
     */
    public record VariantLine(String experiment, String variant, long impressions, long conversions, Optional<BigDecimal> conversionRate,
                              Optional<BigDecimal> revenue, Optional<BigDecimal> revenuePerUser, String againstLeader) {
    }
}
