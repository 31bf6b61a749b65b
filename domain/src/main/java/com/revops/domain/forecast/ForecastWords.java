package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import com.revops.domain.common.Money;

/**
 * The forecast in one line for the dashboard tile and the brief: "~$16,067 (likely $8.5k–$24k)" — the
 * hazard headline in whole dollars and its P10–P90 range in short money.
 */
public final class ForecastWords {
    private ForecastWords() {
    }

    /** "~$16,067 (likely $8.5k–$24k)", or "~$16,067" without a range. */
    public static String headline(BigDecimal forecast, Optional<Interval> range) {
        String head = "~" + Money.format(forecast.setScale(0, RoundingMode.HALF_UP));
        return range.map(r -> head + " (likely " + range(r) + ")").orElse(head);
    }

    /** "$8.5k–$24k". */
    public static String range(Interval r) {
        return shortMoney(r.p10()) + "–" + shortMoney(r.p90());
    }

    /**
     * Short money: under $1,000 whole dollars ("$940"); then thousands with one decimal below $10k ("$8.5k") and
     * none above ("$24k"); millions likewise ("$1.2M").
     */
    public static String shortMoney(BigDecimal amount) {
        BigDecimal a = amount.abs();
        String sign = amount.signum() < 0 ? "-" : "";
        if (a.compareTo(BigDecimal.valueOf(999.5)) < 0) {
            return sign + "$" + a.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        if (a.compareTo(BigDecimal.valueOf(999_500)) < 0) {
            return sign + "$" + scaled(a, 1_000) + "k";
        }
        return sign + "$" + scaled(a, 1_000_000) + "M";
    }

    private static String scaled(BigDecimal a, long unit) {
        BigDecimal v = a.divide(BigDecimal.valueOf(unit));
        int decimals = v.compareTo(BigDecimal.valueOf(9.95)) < 0 ? 1 : 0;
        return v.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * Whether the operator's calls beat the model at 30 days, from the accuracy ledger: "Your calls were off by 25.0%
     * of what closed (WAPE) against the model's 50.0%, over 8 judged 30-day forecasts: your calls did better." — or how
     * many judged forecasts are still missing.
     */
    public static String callsVerdict(MethodScore model, MethodScore calls) {
        if (!calls.enough() || !model.enough() || calls.wape().isEmpty() || model.wape().isEmpty()) {
            return "Your calls vs the model: " + calls.points() + " of " + MethodScore.MIN_POINTS
                    + " judged 30-day forecasts so far (one a day from the midnight snapshot).";
        }
        int c = calls.wape().get().setScale(3, RoundingMode.HALF_UP).compareTo(model.wape().get().setScale(3, RoundingMode.HALF_UP));
        String who = c < 0 ? "your calls did better" : c > 0 ? "the model did better" : "a tie";
        return "Your calls were off by " + percent1(calls.wape().get()) + " of what closed (WAPE) against the model's "
                + percent1(model.wape().get()) + ", over " + calls.points() + " judged 30-day forecasts: " + who + ".";
    }

    private static String percent1(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
