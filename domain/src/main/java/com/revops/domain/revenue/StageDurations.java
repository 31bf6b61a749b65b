package com.revops.domain.revenue;

import java.math.BigDecimal;

import com.revops.domain.common.Stage;

/**
 * The transitions out of a stage and the Σ of the days each contact had spent in it
 * (from its entry into the stage to the transition out) — the SQL aggregate behind time in stage.
 */
public record StageDurations(Stage stage, long transitions, BigDecimal totalDays) {
}
