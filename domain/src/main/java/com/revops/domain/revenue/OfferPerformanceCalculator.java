package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offer performance (SPEC §4). Per offer × platform × niche and per offer. Cost is everything a row
 * consumed: ad spend (through the campaign's source post), the AI credits tagged with the offer — shared
 * among the offer's rows in proportion to their pipeline entries (evenly when it has none), since credits
 * carry an offer only — and the operator's time for its outreach items sent and calls booked
 * ({@link OperatorTime}). ROI = (revenue − cost) ÷ cost, "n/a" at zero cost.
 * See docs/decisions/0005-revenue-definitions.md and 0036-offer-roi-with-operator-time.md.
 */
public final class OfferPerformanceCalculator {
    private final OperatorTime time;

    public OfferPerformanceCalculator(OperatorTime time) {
        this.time = time;
    }

    public Result compute(List<OfferActivity> activity, Map<String, BigDecimal> creditCostByOffer) {
        Map<String, List<OfferActivity>> byOffer = new LinkedHashMap<>();
        for (OfferActivity a : activity) {
            byOffer.computeIfAbsent(a.offerTag(), k -> new ArrayList<>()).add(a);
        }
        creditCostByOffer.keySet().forEach(offer -> byOffer.computeIfAbsent(offer, k -> new ArrayList<>()));

        List<OfferPerformance> rows = new ArrayList<>();
        List<OfferPerformance> offers = new ArrayList<>();
        for (Map.Entry<String, List<OfferActivity>> entry : byOffer.entrySet()) {
            String offer = entry.getKey();
            List<OfferActivity> list = entry.getValue();
            BigDecimal credits = creditCostByOffer.getOrDefault(offer, BigDecimal.ZERO);
            long offerEntries = list.stream().mapToLong(OfferActivity::pipelineEntries).sum();
            OfferCost offerCost = list.isEmpty() ? new OfferCost(BigDecimal.ZERO, credits, BigDecimal.ZERO, 0, 0) : OfferCost.NONE;
            for (OfferActivity a : list) {
                BigDecimal share;
                if (offerEntries > 0) {
                    share = credits.multiply(BigDecimal.valueOf(a.pipelineEntries())).divide(BigDecimal.valueOf(offerEntries), MathContext.DECIMAL64);
                } else {
                    share = credits.divide(BigDecimal.valueOf(list.size()), MathContext.DECIMAL64);
                }
                OfferCost cost = new OfferCost(a.adSpend(), share, time.cost(a.outreachSent(), a.callsBooked()), a.outreachSent(),
                        a.callsBooked());
                offerCost = offerCost.plus(cost);
                rows.add(row(offer, a.platform(), a.niche(), a.impressions(), a.engagements(), a.dmStarts(), a.pipelineEntries(),
                        a.deals(), a.revenue(), cost));
            }
            offers.add(row(offer, "all", Optional.empty(),
                    list.stream().mapToLong(OfferActivity::impressions).sum(),
                    list.stream().mapToLong(OfferActivity::engagements).sum(),
                    list.stream().mapToLong(OfferActivity::dmStarts).sum(),
                    offerEntries,
                    list.stream().mapToLong(OfferActivity::deals).sum(),
                    list.stream().map(OfferActivity::revenue).reduce(BigDecimal.ZERO, BigDecimal::add),
                    offerCost));
        }
        Comparator<OfferPerformance> byRevenue = Comparator.comparing(OfferPerformance::revenue).reversed()
                .thenComparing(OfferPerformance::offerTag).thenComparing(OfferPerformance::platform)
                .thenComparing(p -> p.niche().orElse(""));
        rows.sort(byRevenue);
        offers.sort(byRevenue);
        return new Result(rows, offers);
    }

    private static OfferPerformance row(String offer, String platform, Optional<String> niche, long impressions, long engagements,
                                        long dmStarts, long entries, long deals, BigDecimal revenue, OfferCost costs) {
        Optional<BigDecimal> conversion = entries == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(deals).divide(BigDecimal.valueOf(entries), MathContext.DECIMAL64));
        BigDecimal cost = costs.total();
        Optional<BigDecimal> roi = cost.signum() == 0 ? Optional.empty()
                : Optional.of(revenue.subtract(cost).divide(cost, MathContext.DECIMAL64));
        return new OfferPerformance(offer, platform, niche, impressions, engagements, dmStarts, entries, deals, revenue, costs,
                conversion, roi);
    }

    /** Rows per offer × platform × niche and one summary per offer, each ranked by revenue. */
    public record Result(List<OfferPerformance> rows, List<OfferPerformance> offers) {
        public Result {
            rows = List.copyOf(rows);
            offers = List.copyOf(offers);
        }

        /** The offer with the most revenue (ties: more deals), if any offer earned anything; never "(no offer)". */
        public Optional<OfferPerformance> topOffer() {
            return offers.stream().filter(o -> o.revenue().signum() > 0 && !Unattributed.isStandIn(o.offerTag()))
                    .max(Comparator.comparing(OfferPerformance::revenue).thenComparingLong(OfferPerformance::deals));
        }

        /** Σ revenue of every offer, "(no offer)" included: all revenue of the window. */
        public BigDecimal totalRevenue() {
            return offers.stream().map(OfferPerformance::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Σ deals (deal_won events) of every offer. */
        public long totalDeals() {
            return offers.stream().mapToLong(OfferPerformance::deals).sum();
        }
    }
}
