package com.revops.domain.revenue;

import java.util.Optional;

import com.revops.domain.common.Stage;

/**
 * How many open contacts sit in a stage with an offer, and for how many whole days
 * (the SQL aggregate the pipeline and forecast work on; SPEC §10).
 */
public record StageOfferCount(Stage stage, Optional<String> offerTag, long daysInStage, long contacts) {
    public StageOfferCount {
        if (contacts < 0 || daysInStage < 0) {
            throw new IllegalArgumentException("negative count or age");
        }
    }
}
