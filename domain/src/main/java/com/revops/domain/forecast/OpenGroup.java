package com.revops.domain.forecast;

import java.util.Optional;

import com.revops.domain.common.Stage;
import com.revops.domain.revenue.StageOfferCount;

/**
 * Open contacts at as_of grouped by stage, offer and whole days in stage (the SQL aggregate the
 * forecast works on, SPEC §4), with how many of them the stage_velocity method counts in each horizon:
 * those whose fractional {@code in_stage} reaches the horizon's threshold
 * ({@link StageVelocityForecast#thresholds}).
 */
public record OpenGroup(Stage stage, Optional<String> offerTag, long ageDays, long contacts, ByHorizon<Long> velocityDue) {
    public OpenGroup {
        if (contacts < 0 || ageDays < 0) {
            throw new IllegalArgumentException("negative count or age");
        }
    }

    /** A group without stage_velocity counts (the pipeline needs none). */
    public OpenGroup(Stage stage, Optional<String> offerTag, long ageDays, long contacts) {
        this(stage, offerTag, ageDays, contacts, new ByHorizon<>(0L, 0L, 0L));
    }

    public StageOfferCount count() {
        return new StageOfferCount(stage, offerTag, ageDays, contacts);
    }
}
