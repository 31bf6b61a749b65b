package com.revops.domain.revenue;

import java.math.BigDecimal;

/**
 * Everything an offer × platform × niche consumed in the window (SPEC §4): ad spend, the AI credits tagged
 * with the offer, and the operator's time for {@code outreachSent} items and {@code callsBooked} calls.
 */
public record OfferCost(BigDecimal adSpend, BigDecimal aiCredits, BigDecimal operatorTime, long outreachSent, long callsBooked) {
    public static final OfferCost NONE = new OfferCost(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

    public BigDecimal total() {
        return adSpend.add(aiCredits).add(operatorTime);
    }

    public OfferCost plus(OfferCost other) {
        return new OfferCost(adSpend.add(other.adSpend), aiCredits.add(other.aiCredits), operatorTime.add(other.operatorTime),
                outreachSent + other.outreachSent, callsBooked + other.callsBooked);
    }
}
