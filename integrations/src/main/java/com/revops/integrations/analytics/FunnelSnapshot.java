package com.revops.integrations.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import com.revops.domain.funnel.FunnelCounts;
import com.revops.domain.funnel.FunnelPhase;
import com.revops.domain.funnel.FunnelStep;

/**
 * One day's row of {@code actp_funnel_snapshots} (PRD-019 §4.11): paying users, MRR and the phase
 * they put the business in (none when no paying-user count is known), the funnel volumes and the
 * step rates the domain computes from them.
 */
public record FunnelSnapshot(LocalDate day, Optional<Long> payingUsers, Optional<BigDecimal> mrrUsd, FunnelCounts counts) {

    public Optional<FunnelPhase> phase() {
        return payingUsers.map(FunnelPhase::forPayingUsers);
    }

    /** A step's rate at the column's scale (four decimals); none when its base is zero or, for retention, unknown. */
    public Optional<BigDecimal> rate(FunnelStep step) {
        return Optional.ofNullable(counts.rates().get(step)).map(r -> r.setScale(4, RoundingMode.HALF_UP));
    }
}
