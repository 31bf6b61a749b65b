package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of {@code --offer-performance}: conversion = deals ÷ pipeline entries; ROI = (revenue − cost) ÷ cost,
 * where cost is everything the row consumed ({@link OfferCost}: ads, AI credits, the operator's time), absent
 * ("n/a") at zero cost.
 */
public record OfferPerformance(String offerTag, String platform, Optional<String> niche, long impressions, long engagements,
                               long dmStarts, long pipelineEntries, long deals, BigDecimal revenue, OfferCost costs,
                               Optional<BigDecimal> conversion, Optional<BigDecimal> roi) {

    /** The total cost: ad spend + AI credits + operator time. */
    public BigDecimal cost() {
        return costs.total();
    }
}
