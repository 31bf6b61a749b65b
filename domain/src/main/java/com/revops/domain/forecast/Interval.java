package com.revops.domain.forecast;

import java.math.BigDecimal;

/** The forecast's likely range: the 10th, 50th and 90th percentiles of the Monte Carlo draws. */
public record Interval(BigDecimal p10, BigDecimal p50, BigDecimal p90) {
    public boolean covers(BigDecimal actual) {
        return actual.compareTo(p10) >= 0 && actual.compareTo(p90) <= 0;
    }
}
