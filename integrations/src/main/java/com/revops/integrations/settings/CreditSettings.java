package com.revops.integrations.settings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Money;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The operator's edits of the credit governor's budgets ({@code actp_credit_budgets}) and routing
 * table ({@code actp_credit_routing}); {@code CreditRepository} reads them. Every value is checked
 * first: a refused edit changes nothing.
 */
public final class CreditSettings {
    public static final List<String> SCOPES = List.of("daily", "monthly");
    private static final Pattern TASK_TYPE = Pattern.compile("[a-z][a-z0-9_.]{0,59}");

    private final Jdbi jdbi;

    public CreditSettings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Sets a budget: a positive limit in dollars and the warning threshold, 1–100 % of it. */
    public void saveBudget(String scope, String limit, String warnPercent, Instant at) {
        check(scope, limit, warnPercent);
        BigDecimal limitUsd = Money.parsePositive(scope + " limit", limit);
        BigDecimal percent = percent(scope + " warning %", warnPercent);
        DatabaseErrors.inTransaction(jdbi, "Saving a budget", h -> h.createUpdate("""
                        INSERT INTO actp_credit_budgets (scope, limit_usd, alert_threshold_pct, reset_at) VALUES (:s, :l, :p, NULL)
                        ON CONFLICT (scope) DO UPDATE SET limit_usd = excluded.limit_usd, alert_threshold_pct = excluded.alert_threshold_pct""")
                .bind("s", scope).bind("l", limitUsd).bind("p", percent).execute());
    }

    /** Checks a budget without writing it; throws the refusal naming the field. */
    public void check(String scope, String limit, String warnPercent) {
        if (!SCOPES.contains(scope)) {
            throw new InvalidInputException("budget", "unknown scope '" + scope + "'; expected daily or monthly");
        }
        Money.parsePositive(scope + " limit", limit);
        percent(scope + " warning %", warnPercent);
    }

    /** 1–100, at most two decimals; a trailing % is allowed. */
    static BigDecimal percent(String field, String text) {
        String cleaned = text == null ? "" : text.strip().replace("%", "").strip();
        if (cleaned.isEmpty()) {
            throw new InvalidInputException(field, "is required (1–100)");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + text.strip() + "' is not a number");
        }
        if (value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException(field, "must be between 1 and 100 (got " + text.strip() + ")");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, "has more than two decimals (got " + text.strip() + ")");
        }
        return value;
    }

    /** Routes a task type to a model of the price table (haiku, sonnet, opus); adds the task type if new. */
    public void saveRoute(String taskType, String model, boolean critical, Instant at) {
        String task = taskType == null ? "" : taskType.strip().toLowerCase(Locale.ROOT);
        if (!TASK_TYPE.matcher(task).matches()) {
            throw new InvalidInputException("task type", "'" + (taskType == null ? "" : taskType.strip())
                    + "' is not a task type (lower-case letters, digits and _, e.g. draft_generation)");
        }
        String wanted = model == null ? "" : model.strip().toLowerCase(Locale.ROOT);
        DatabaseErrors.inTransaction(jdbi, "Saving a route", h -> {
            List<String> models = h.createQuery("SELECT model FROM actp_model_prices ORDER BY model").mapTo(String.class).list();
            if (!models.contains(wanted)) {
                throw new InvalidInputException("model", "'" + wanted + "' is not a priced model; expected one of " + String.join(", ", models));
            }
            return h.createUpdate("""
                            INSERT INTO actp_credit_routing (task_type, model, critical, updated_at) VALUES (:t, :m, :c, :at)
                            ON CONFLICT (task_type) DO UPDATE SET model = excluded.model, critical = excluded.critical,
                                updated_at = excluded.updated_at""")
                    .bind("t", task).bind("m", wanted).bind("c", critical).bind("at", SqlTime.bind(at)).execute();
        });
    }

    /** The models a route may use (the price table's). */
    public List<String> models() {
        return DatabaseErrors.inTransaction(jdbi, "Reading models", h -> h.createQuery("SELECT model FROM actp_model_prices ORDER BY input_per_mtok, model")
                .mapTo(String.class).list());
    }
}
