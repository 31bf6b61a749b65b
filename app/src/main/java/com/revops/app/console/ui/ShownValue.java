package com.revops.app.console.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

/**
 * A table cell's value: the number it sorts by (absent for "n/a", which sorts below every number)
 * and the text the operator sees — which is also what {@link TableExport} writes.
 */
public record ShownValue(Optional<BigDecimal> number, String text) implements Comparable<ShownValue> {
    private static final Comparator<ShownValue> ORDER = Comparator.comparing(ShownValue::number,
            Comparator.comparing((Optional<BigDecimal> n) -> n.isPresent()).thenComparing(n -> n.orElse(BigDecimal.ZERO)));

    public static ShownValue of(BigDecimal number, String text) {
        return new ShownValue(Optional.of(number), text);
    }

    public static ShownValue of(long number, String text) {
        return new ShownValue(Optional.of(BigDecimal.valueOf(number)), text);
    }

    public static ShownValue missing(String text) {
        return new ShownValue(Optional.empty(), text);
    }

    @Override
    public int compareTo(ShownValue other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return text;
    }
}
