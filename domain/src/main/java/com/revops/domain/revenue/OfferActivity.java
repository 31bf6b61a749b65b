package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What one offer × platform × niche did in a period: the SQL aggregate behind offer performance.
 * {@code adSpend} is the spend of ad campaigns whose source post carries this offer, platform and niche;
 * {@code outreachSent} and {@code callsBooked} count the operator's work for contacts of this offer,
 * platform and niche (docs/decisions/0036-offer-roi-with-operator-time.md).
 */
public record OfferActivity(String offerTag, String platform, Optional<String> niche, long impressions, long engagements,
                            long dmStarts, long pipelineEntries, long deals, BigDecimal revenue, BigDecimal adSpend,
                            long outreachSent, long callsBooked) {
}
