package com.revops.domain.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money helpers. Amounts are {@link BigDecimal} in US dollars, kept at full precision through a
 * computation and rounded to cents (half-up) only on output (SPEC §4).
 */
public final class Money {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
    private static final BigDecimal MAX = new BigDecimal("99999999.99");

    private Money() {
    }

    /** Rounds to cents for output. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A figure that sums things up — a tile, a headline, a total, a forecast, a line of the brief or the report —
     * in whole dollars, rounded half-up: "$42,750", "$97,073" for 97,073.25 (docs/decisions/0037-money-formatting.md).
     */
    public static String format(BigDecimal amount) {
        return write(amount.setScale(0, RoundingMode.HALF_UP), "$#,##0");
    }

    /**
     * An individual amount — a deal, a price or rate, a row of a table — or metered spend (AI credits, ad spend, CPA)
     * held against a small limit, to the cent: "$3,500.00", "$12.60".
     */
    public static String formatCents(BigDecimal amount) {
        return write(cents(amount), "$#,##0.00");
    }

    private static String write(BigDecimal rounded, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(rounded.abs());
        return rounded.signum() < 0 ? "-" + text : text;
    }

    /**
     * Parses an amount typed by the operator: a positive number with at most two decimals,
     * optionally with a leading '$' and thousands commas.
     */
    public static BigDecimal parsePositive(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String cleaned = text.trim().replace(",", "");
        if (cleaned.startsWith("$")) {
            cleaned = cleaned.substring(1);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a number");
        }
        if (value.signum() <= 0) {
            throw new InvalidInputException(field, "must be greater than zero (got " + text.trim() + ")");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "has more than two decimals (got " + text.trim() + ")");
        }
        if (value.compareTo(MAX) > 0) {
            throw new InvalidInputException(field, "is larger than " + formatCents(MAX));
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
