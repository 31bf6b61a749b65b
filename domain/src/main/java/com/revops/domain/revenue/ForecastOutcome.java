package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stored snapshot's 30-day forecast and the deal revenue closed in the 30 days after its day
 * (SPEC §4 "beyond the PRD"). While those 30 days are not over, {@code closed} is what has closed so
 * far and the forecast cannot be judged yet; once over it is a {@link ForecastAccuracy.Point}.
 */
public record ForecastOutcome(LocalDate snapshotDate, BigDecimal forecast, BigDecimal closed, boolean judged) {

    /** The last day of the 30 days this forecast is about. */
    public LocalDate windowEnd() {
        return snapshotDate.plusDays(30);
    }

    public ForecastAccuracy.Point point() {
        if (!judged) {
            throw new IllegalStateException("the 30 days after " + snapshotDate + " are not over");
        }
        return new ForecastAccuracy.Point(snapshotDate, forecast, closed);
    }
}
