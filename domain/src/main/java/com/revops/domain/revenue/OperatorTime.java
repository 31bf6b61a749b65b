package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.math.MathContext;

import com.revops.domain.common.InvalidInputException;

/**
 * What the operator's time costs an offer (SPEC §4 "Offer performance"): minutes per outreach item sent
 * and per call booked, at an hourly rate. Defaults: $100/h, 3 minutes, 45 minutes. Set in Settings.
 */
public record OperatorTime(BigDecimal hourlyRate, BigDecimal minutesPerOutreach, BigDecimal minutesPerCall) {
    static final BigDecimal MAX_RATE = new BigDecimal("10000");
    static final BigDecimal MAX_MINUTES = new BigDecimal("480");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    /** Declared after the limits its check reads. */
    public static final OperatorTime DEFAULT = new OperatorTime(new BigDecimal("100"), new BigDecimal("3"), new BigDecimal("45"));

    public OperatorTime {
        check("hourly rate", hourlyRate, MAX_RATE);
        check("minutes per outreach item", minutesPerOutreach, MAX_MINUTES);
        check("minutes per call", minutesPerCall, MAX_MINUTES);
    }

    /**
     * Reads the three values as the operator typed them: the rate in dollars (a leading '$' allowed), the
     * minutes as numbers; each 0 or more (0 leaves that part out of the cost), at most two decimals.
     */
    public static OperatorTime parse(String hourlyRate, String minutesPerOutreach, String minutesPerCall) {
        return new OperatorTime(number("hourly rate", hourlyRate, true), number("minutes per outreach item", minutesPerOutreach, false),
                number("minutes per call", minutesPerCall, false));
    }

    /** The cost of {@code outreach} items sent and {@code calls} booked: minutes ÷ 60 × hourly rate. */
    public BigDecimal cost(long outreach, long calls) {
        BigDecimal minutes = minutesPerOutreach.multiply(BigDecimal.valueOf(outreach)).add(minutesPerCall.multiply(BigDecimal.valueOf(calls)));
        return minutes.multiply(hourlyRate).divide(SIXTY, MathContext.DECIMAL64);
    }

    private static BigDecimal number(String field, String text, boolean dollars) {
        String cleaned = text == null ? "" : text.strip().replace(",", "");
        if (dollars && cleaned.startsWith("$")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + text.strip() + "' is not a number");
        }
    }

    private static void check(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative (got " + value.toPlainString() + ")");
        }
        if (value.compareTo(max) > 0) {
            throw new InvalidInputException(field, "must be at most " + max.toPlainString() + " (got " + value.toPlainString() + ")");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "has more than two decimals (got " + value.toPlainString() + ")");
        }
    }
}
