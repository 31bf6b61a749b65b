package com.revops.domain.funnel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * Where the acquisition funnel stands: the phase from paying users, progress toward the next
 * threshold (50, then 200) as the share of it reached — 47 paying users are 47 of 50, 0.94; 120 are
 * 120 of 200, 0.60 — and each step's rate judged against its target band.
 */
public record FunnelStatus(long payingUsers, BigDecimal mrr, FunnelPhase phase, Optional<Long> nextThreshold,
                           BigDecimal progressToNext, Map<FunnelStep, BigDecimal> rates) {

    public static FunnelStatus of(long payingUsers, BigDecimal mrr, FunnelCounts counts) {
        FunnelPhase phase = FunnelPhase.forPayingUsers(payingUsers);
        Optional<Long> next = phase.until() == Long.MAX_VALUE ? Optional.empty() : Optional.of(phase.until());
        BigDecimal progress = next.map(n -> BigDecimal.valueOf(payingUsers).divide(BigDecimal.valueOf(n), MathContext.DECIMAL64))
                .orElse(BigDecimal.ONE);
        return new FunnelStatus(payingUsers, mrr, phase, next, progress, Map.copyOf(counts.rates()));
    }

    /** Paying users still missing to the next threshold; empty in the last phase. */
    public Optional<Long> usersToNext() {
        return nextThreshold.map(n -> n - payingUsers);
    }

    public Optional<FunnelStep.Verdict> verdict(FunnelStep step) {
        return Optional.ofNullable(rates.get(step)).map(step::judge);
    }

    /** The step furthest below its band (relative to the band's floor), if any is below. */
    public Optional<FunnelStep> weakestStep() {
        FunnelStep worst = null;
        BigDecimal worstShare = BigDecimal.ONE;
        for (Map.Entry<FunnelStep, BigDecimal> e : rates.entrySet()) {
            BigDecimal share = e.getValue().divide(e.getKey().low(), MathContext.DECIMAL64);
            if (share.compareTo(worstShare) < 0) {
                worstShare = share;
                worst = e.getKey();
            }
        }
        return Optional.ofNullable(worst);
    }
}
