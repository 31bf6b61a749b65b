package com.revops.app.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.revops.domain.common.Money;

/** How the CLI writes numbers: money to cents, rates as percentages in text and as numbers in JSON. */
final class Format {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.US);

    private Format() {
    }

    static String money(BigDecimal amount) {
        return Money.format(amount);
    }

    static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String percent(Optional<BigDecimal> rate) {
        return rate.map(Format::percent).orElse("n/a");
    }

    static String times(Optional<BigDecimal> ratio) {
        return ratio.map(r -> r.setScale(1, RoundingMode.HALF_UP).toPlainString() + "×").orElse("n/a");
    }

    static String days(BigDecimal days) {
        return days.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    /** JSON money: a number rounded to cents. */
    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** JSON rate: a number with six decimals, or null when undefined. */
    static BigDecimal rate(BigDecimal rate) {
        return rate.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static BigDecimal rate(Optional<BigDecimal> rate) {
        return rate.map(Format::rate).orElse(null);
    }
}
