package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import com.revops.domain.common.Stage;

/** The five steps cold → … → closed_won, with their blended rates. */
public record ConversionRates(List<ConversionStep> steps) {
    public ConversionRates {
        steps = List.copyOf(steps);
    }

    public ConversionStep step(Stage from) {
        return steps.stream().filter(s -> s.from() == from).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step out of " + from));
    }

    public BigDecimal rate(Stage from) {
        return step(from).rate();
    }

    /** P(s): the product of rate(t) for t from s through call_booked — the chance a contact in s closes. */
    public BigDecimal closeProbability(Stage stage) {
        if (!stage.isOpen()) {
            throw new IllegalArgumentException(stage + " is not open");
        }
        BigDecimal p = BigDecimal.ONE;
        for (Stage t : Stage.OPEN) {
            if (t.rank() >= stage.rank()) {
                p = p.multiply(rate(t), MathContext.DECIMAL64);
            }
        }
        return p;
    }

    /** Rates equal to the priors: what an empty history gives. */
    public static ConversionRates priorsOnly() {
        return new ConversionCalculator().compute(List.of());
    }
}
