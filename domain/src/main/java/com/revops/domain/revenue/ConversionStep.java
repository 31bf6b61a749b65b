package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.util.Optional;

import com.revops.domain.common.Stage;

/**
 * One step s → next(s): contacts that entered s, converted (moved past s) and resolved at s
 * (converted, or lost at s). {@code observed} = converted ÷ resolved (absent when nothing is
 * resolved); {@code rate} is blended with the prior as worth {@link ConversionCalculator#PRIOR_WEIGHT} contacts.
 */
public record ConversionStep(Stage from, Stage to, long entered, long converted, long resolved,
                             Optional<BigDecimal> observed, BigDecimal prior, BigDecimal rate) {
}
