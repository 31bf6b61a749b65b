package com.revops.app.console.forecast;

import java.math.BigDecimal;

import com.revops.domain.common.Stage;

/** An open stage's part of the weighted pipeline: its potential × P(close). */
public record StageChance(Stage stage, long contacts, BigDecimal potential, BigDecimal closeProbability, BigDecimal expected) {
}
