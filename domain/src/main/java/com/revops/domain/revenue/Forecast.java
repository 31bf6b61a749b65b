package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.util.Map;

import com.revops.domain.common.Stage;

/**
 * {@code --forecast} (SPEC §4): revenue expected to close within 30, 60 and 90 days, the
 * probability-weighted pipeline, and P(close) per open stage.
 */
public record Forecast(BigDecimal forecast30, BigDecimal forecast60, BigDecimal forecast90, BigDecimal weightedPipeline,
                       Map<Stage, BigDecimal> closeProbability) {
    public Forecast {
        closeProbability = Map.copyOf(closeProbability);
    }
}
