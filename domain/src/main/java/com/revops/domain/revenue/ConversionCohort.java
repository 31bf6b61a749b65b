package com.revops.domain.revenue;

import com.revops.domain.common.Stage;

/**
 * Contacts grouped by their journey (SPEC §4): {@code first} stage, the furthest stage
 * {@code reached} in the order (never closed_lost), and whether they are {@code lost} now.
 */
public record ConversionCohort(Stage first, Stage reached, boolean lost, long contacts) {
    public ConversionCohort {
        if (first == Stage.CLOSED_LOST || reached == Stage.CLOSED_LOST) {
            throw new IllegalArgumentException("first and reached are stages of the order, never closed_lost");
        }
        if (contacts < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
