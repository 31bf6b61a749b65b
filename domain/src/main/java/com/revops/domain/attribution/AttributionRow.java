package com.revops.domain.attribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Attribution of one value of a dimension (PRD-019 §4.5, SPEC §4): clicks, signups, trials and
 * purchases counted from the events, revenue = Σ of the purchases' revenue, cost = Σ of the events'
 * cost; {@code CPA = cost ÷ purchases} (absent — "n/a" — with no purchase) and
 * {@code ROAS = revenue ÷ cost} (absent at zero cost). {@code value} is empty for events that
 * carry no value for the dimension.
 */
public record AttributionRow(AttributionDimension dimension, Optional<String> value, long clicks, long signups, long trials,
                             long purchases, BigDecimal revenue, BigDecimal cost, Optional<BigDecimal> cpa, Optional<BigDecimal> roas) {

    public AttributionRow {
        if (clicks < 0 || signups < 0 || trials < 0 || purchases < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public static AttributionRow of(AttributionDimension dimension, Optional<String> value, long clicks, long signups, long trials,
                                    long purchases, BigDecimal revenue, BigDecimal cost) {
        Optional<BigDecimal> cpa = purchases == 0 ? Optional.empty()
                : Optional.of(cost.divide(BigDecimal.valueOf(purchases), MathContext.DECIMAL64));
        Optional<BigDecimal> roas = cost.signum() == 0 ? Optional.empty()
                : Optional.of(revenue.divide(cost, MathContext.DECIMAL64));
        return new AttributionRow(dimension, value, clicks, signups, trials, purchases, revenue, cost, cpa, roas);
    }
}
