package com.revops.domain.credits;

import java.math.BigDecimal;
import java.math.MathContext;

/** A model's price in US dollars per million input and output tokens ({@code actp_model_prices}). */
public record ModelPrice(String model, BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** Cost of a call: input/1e6 × input price + output/1e6 × output price. */
    public BigDecimal cost(long inputTokens, long outputTokens) {
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
        return BigDecimal.valueOf(inputTokens).multiply(inputPerMillion)
                .add(BigDecimal.valueOf(outputTokens).multiply(outputPerMillion))
                .divide(MILLION, MathContext.DECIMAL64);
    }
}
