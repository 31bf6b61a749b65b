package com.revops.domain.forecast;

import java.math.BigDecimal;

import com.revops.domain.common.Stage;

/** What the open contacts of one stage and age bucket add to each horizon's hazard forecast. */
public record Contribution(Stage stage, AgeBucket age, long contacts, ByHorizon<BigDecimal> expected) {
}
