package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --top-sources} (SPEC §4): platforms and niches ranked by revenue, and the best platform → niche pair. Revenue without a
 * platform or niche is ranked as "(unknown platform)" / "(unknown niche)" but is never the best pair.
 */
public record TopSources(List<Ranked> platforms, List<Ranked> niches, Optional<SourceRevenue> bestPair) {

    public static TopSources rank(List<SourceRevenue> sources) {
        return new TopSources(rankBy(sources, SourceRevenue::platform), rankBy(sources, SourceRevenue::niche),
                sources.stream().filter(s -> s.revenue().signum() > 0 && !Unattributed.isStandIn(s.platform())
                                && !Unattributed.isStandIn(s.niche()))
                        .max(Comparator.comparing(SourceRevenue::revenue).thenComparingLong(SourceRevenue::deals)
                                .thenComparing(SourceRevenue::platform, Comparator.reverseOrder())));
    }

    private static List<Ranked> rankBy(List<SourceRevenue> sources, java.util.function.Function<SourceRevenue, String> key) {
        Map<String, Ranked> merged = new LinkedHashMap<>();
        for (SourceRevenue s : sources) {
            merged.merge(key.apply(s), new Ranked(key.apply(s), s.deals(), s.revenue()),
                    (a, b) -> new Ranked(a.name(), a.deals() + b.deals(), a.revenue().add(b.revenue())));
        }
        return merged.values().stream()
                .sorted(Comparator.comparing(Ranked::revenue).reversed().thenComparing(Ranked::deals, Comparator.reverseOrder())
                        .thenComparing(Ranked::name))
                .toList();
    }

    /** Σ revenue over every platform (the same as over every niche): all revenue of the window. */
    public BigDecimal totalRevenue() {
        return platforms.stream().map(Ranked::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ deals over every platform. */
    public long totalDeals() {
        return platforms.stream().mapToLong(Ranked::deals).sum();
    }

    /** A platform or niche with its deals and revenue. */
    public record Ranked(String name, long deals, BigDecimal revenue) {
    }
}
