package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Recurring revenue, forecast apart from deals (SPEC §4): each live stream continues at its last amount
 * every {@value #PERIOD_DAYS} days after its last payment; the n-th payment after it is weighted by
 * {@code (1 − churn)^n}, churn = churn events ÷ active streams over the trailing 90 days (at most 1).
 * A payment already due but not yet in (the stream is 30–35 days past its last payment) counts as
 * arriving now (docs/decisions/0030-forecast-hazard-model.md).
 */
public final class RecurringForecast {
    public static final int PERIOD_DAYS = 30;
    /** A stream is live when its last recurring_payment is at most this many days old. */
    public static final int LIVE_DAYS = 35;
    public static final int CHURN_WINDOW_DAYS = 90;

    private RecurringForecast() {
    }

    public static BigDecimal churn(RecurringHistory history) {
        if (history.activeStreams() == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(history.churnEvents()).divide(BigDecimal.valueOf(history.activeStreams()), MathContext.DECIMAL64)
                .min(BigDecimal.ONE);
    }

    public static ByHorizon<BigDecimal> of(RecurringHistory history, Instant asOf) {
        BigDecimal keep = BigDecimal.ONE.subtract(churn(history));
        return ByHorizon.of(h -> {
            Instant end = asOf.plus(Duration.ofDays(h));
            BigDecimal sum = BigDecimal.ZERO;
            for (RecurringStream stream : history.liveStreams()) {
                for (int n = 1; ; n++) {
                    Instant due = stream.lastPaymentAt().plus(Duration.ofDays((long) PERIOD_DAYS * n));
                    if (due.isAfter(end)) {
                        break;
                    }
                    sum = sum.add(stream.lastAmount().multiply(keep.pow(n)));
                }
            }
            return sum;
        });
    }
}
