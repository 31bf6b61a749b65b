package com.revops.domain.experiments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an experiment says so far (SPEC §4 "Experiments"): a winner only when the leading variant
 * (highest conversion rate) beats every other variant in a two-sided two-proportion z-test with
 * p < 0.05 and every variant has at least {@value #MIN_IMPRESSIONS} impressions; otherwise "not
 * significant yet", with the impressions per variant still needed ({@link TwoProportionTest#sampleNeededPerVariant}).
 * With two variants this is exactly one test; with more, the leader must beat each of the others.
 *
 * @param leader           the variant with the highest rate, if any variant has impressions
 * @param comparisons      the leader against each other variant
 * @param samplePerVariant impressions each variant needs for the observed difference to count (at least 100); empty
 *                         when the leader and a variant convert exactly alike, or when there is a winner
 * @param stillNeeded      how many more impressions the variant furthest from that sample needs
 */
public record ExperimentVerdict(Outcome outcome, Optional<VariantCounts> leader, List<Comparison> comparisons,
                                OptionalLong samplePerVariant, OptionalLong stillNeeded, String summary) {
    public static final long MIN_IMPRESSIONS = 100;

    public ExperimentVerdict {
        comparisons = List.copyOf(comparisons);
    }

    public enum Outcome {
        WINNER("winner"), NOT_SIGNIFICANT_YET("not significant yet");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The leader against one other variant. */
    public record Comparison(VariantCounts other, TwoProportionTest.Result test) {
    }

    public static ExperimentVerdict of(List<VariantCounts> variants) {
        List<VariantCounts> shown = variants.stream().filter(v -> v.impressions() > 0)
                .sorted(Comparator.comparingDouble(VariantCounts::rate).reversed()
                        .thenComparing(Comparator.comparingLong(VariantCounts::impressions).reversed())
                        .thenComparing(VariantCounts::name))
                .toList();
        if (shown.size() < 2) {
            return new ExperimentVerdict(Outcome.NOT_SIGNIFICANT_YET, shown.stream().findFirst(), List.of(),
                    OptionalLong.of(MIN_IMPRESSIONS), OptionalLong.of(MIN_IMPRESSIONS - shown.stream().mapToLong(VariantCounts::impressions)
                    .min().orElse(0)), "Not significant yet: needs at least two variants with impressions");
        }
        VariantCounts leader = shown.get(0);
        List<Comparison> comparisons = new ArrayList<>();
        for (VariantCounts other : shown.subList(1, shown.size())) {
            comparisons.add(new Comparison(other, TwoProportionTest.compare(leader, other)));
        }
        boolean enoughImpressions = shown.stream().allMatch(v -> v.impressions() >= MIN_IMPRESSIONS);
        boolean allSignificant = comparisons.stream().allMatch(c -> c.test().significant());
        // the weakest comparison decides: the largest p-value
        Comparison closest = comparisons.stream().max(Comparator.comparingDouble(c -> c.test().pValue())).orElseThrow();
        if (enoughImpressions && allSignificant) {
            return new ExperimentVerdict(Outcome.WINNER, Optional.of(leader), comparisons, OptionalLong.empty(), OptionalLong.empty(),
                    leader.name() + " wins: " + rates(leader, closest.other()) + ", " + p(closest.test().pValue()));
        }
        OptionalLong sample = sampleNeeded(leader, comparisons);
        if (sample.isEmpty()) {
            return new ExperimentVerdict(Outcome.NOT_SIGNIFICANT_YET, Optional.of(leader), comparisons, sample, OptionalLong.empty(),
                    "Not significant yet: " + leader.name() + " and " + closest.other().name() + " convert alike so far ("
                            + percent(leader.rate()) + ")");
        }
        long target = sample.getAsLong();
        long more = shown.stream().mapToLong(v -> Math.max(0, target - v.impressions())).max().orElse(0);
        return new ExperimentVerdict(Outcome.NOT_SIGNIFICANT_YET, Optional.of(leader), comparisons, sample, OptionalLong.of(more),
                "Not significant yet: " + leader.name() + " leads, " + rates(leader, closest.other()) + ", " + p(closest.test().pValue())
                        + "; needs about " + String.format(Locale.US, "%,d", target) + " impressions per variant ("
                        + String.format(Locale.US, "%,d", more) + " more)");
    }

    /** The largest sample any unsettled comparison needs, and never below the minimum; empty if one can never settle. */
    private static OptionalLong sampleNeeded(VariantCounts leader, List<Comparison> comparisons) {
        long target = MIN_IMPRESSIONS;
        for (Comparison c : comparisons) {
            if (c.test().significant()) {
                continue;
            }
            OptionalLong n = TwoProportionTest.sampleNeededPerVariant(leader.rate(), c.other().rate());
            if (n.isEmpty()) {
                return OptionalLong.empty();
            }
            target = Math.max(target, n.getAsLong());
        }
        return OptionalLong.of(target);
    }

    private static String rates(VariantCounts leader, VariantCounts other) {
        return percent(leader.rate()) + " vs " + percent(other.rate()) + " (" + other.name() + ")";
    }

    static String percent(double rate) {
        return String.format(Locale.US, "%.2f%%", rate * 100);
    }

    /** "p = 0.094", "p = 0.0033", "p < 0.0001". */
    public static String p(double value) {
        if (value < 0.0001) {
            return "p < 0.0001";
        }
        return value < 0.01 ? String.format(Locale.US, "p = %.4f", value) : String.format(Locale.US, "p = %.3f", value);
    }
}
