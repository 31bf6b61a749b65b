package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of {@code --offer-performance}: conversion = deals ÷ pipeline entries; ROI = revenue ÷
 * attributable cost (ad spend + the AI credits tagged with the offer), absent ("n/a") at zero cost.
 */
public record OfferPerformance(String offerTag, String platform, Optional<String> niche, long impressions, long engagements,
                               long dmStarts, long pipelineEntries, long deals, BigDecimal revenue, BigDecimal cost,
                               Optional<BigDecimal> conversion, Optional<BigDecimal> roi) {
}
