package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.util.Optional;

import com.revops.domain.common.Stage;

/**
 * The open contacts of one stage, offer and age, with each one's deal value v(o) and chance to close
 * within each horizon, G(s,a,H).
 */
public record GroupChance(Stage stage, Optional<String> offerTag, long ageDays, long contacts, BigDecimal value,
                          ByHorizon<Double> closeChance) {

    /** One contact's expected revenue within {@code days}: v(o)·G(s,a,H). */
    public BigDecimal expectedEach(int days) {
        return value.multiply(BigDecimal.valueOf(closeChance.at(days)));
    }
}
