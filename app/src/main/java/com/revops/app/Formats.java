package com.revops.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.revops.domain.common.Money;
import com.revops.domain.common.Ratios;

/**
 * How the CLI and the console write numbers: money in whole dollars on tiles and in summaries, to the cent in
 * tables and for individual amounts (docs/decisions/0037-money-formatting.md); rates as percentages in text and
 * as numbers in JSON.
 */
public final class Formats {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.US);

    private Formats() {
    }

    /** Whole dollars, for tiles and summaries ({@link Money#format}). */
    public static String money(BigDecimal amount) {
        return Money.format(amount);
    }

    /** To the cent, for individual amounts, table cells and metered spend ({@link Money#formatCents}). */
    public static String moneyCents(BigDecimal amount) {
        return Money.formatCents(amount);
    }

    public static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public static String percent(Optional<BigDecimal> rate) {
        return rate.map(Formats::percent).orElse("n/a");
    }

    public static String times(Optional<BigDecimal> ratio) {
        return Ratios.times(ratio);
    }

    public static String days(BigDecimal days) {
        return days.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    public static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    /** JSON money: a number rounded to cents. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** JSON rate: a number with six decimals, or null when undefined. */
    public static BigDecimal rate(BigDecimal rate) {
        return rate.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public static BigDecimal rate(Optional<BigDecimal> rate) {
        return rate.map(Formats::rate).orElse(null);
    }
}
