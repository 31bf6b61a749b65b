package com.revops.integrations.credits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * Writes the credit ledger ({@code actp_credit_usage}): one row per AI call the app makes, priced
 * from {@code actp_model_prices} by the routed model (PRD-019 §4.2). The one place that inserts
 * into that table.
 */
public final class CreditLedger {
    private final Jdbi jdbi;
    private final CreditRepository credits;

    public CreditLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.credits = new CreditRepository(jdbi);
    }

    /**
     * Records a call of {@code model} (the routing table's name: haiku, sonnet, opus) for
     * {@code taskType}; returns its cost, empty when the model has no price (the row is still written).
     */
    public Optional<BigDecimal> charge(String taskType, String model, long inputTokens, long outputTokens, String runId, Instant at) {
        Optional<BigDecimal> cost = credits.prices().stream().filter(p -> model.equalsIgnoreCase(p.model())).findFirst()
                .map(p -> p.cost(inputTokens, outputTokens).setScale(4, RoundingMode.HALF_UP));
        DatabaseErrors.withHandle(jdbi, "Recording AI credit usage", h -> h.createUpdate("""
                        INSERT INTO actp_credit_usage (task_type, model, input_tokens, output_tokens, cost_usd, run_id, created_at)
                        VALUES (:task, :model, :in, :out, :cost, :run, :at)""")
                .bind("task", taskType).bind("model", model).bind("in", inputTokens).bind("out", outputTokens)
                .bind("cost", cost.orElse(null)).bind("run", runId).bind("at", SqlTime.bind(at)).execute());
        return cost;
    }
}
