package com.revops.integrations.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/** The operator's monthly revenue targets ({@code revops_targets}): one amount of new-deal revenue per month. */
public final class Targets {
    public static final String FIELD = "target";
    private final Jdbi jdbi;

    public Targets(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Sets (or replaces) the month's target. A target must be a positive amount with at most two decimals. */
    public void set(YearMonth month, BigDecimal amount, Instant now) {
        if (amount.signum() <= 0) {
            throw new InvalidInputException(FIELD, "a target must be more than $0, not " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(FIELD, "a target has at most cents, not " + amount.toPlainString());
        }
        if (amount.compareTo(new BigDecimal("9999999999999999.99")) > 0) {
            throw new InvalidInputException(FIELD, "a target must be below $10,000,000,000,000,000");
        }
        DatabaseErrors.withHandle(jdbi, "Setting the monthly target", h -> h.createUpdate("""
                        INSERT INTO revops_targets (month, amount, updated_at) VALUES (:month, :amount, :now)
                        ON CONFLICT (month) DO UPDATE SET amount = excluded.amount, updated_at = excluded.updated_at""")
                .bind("month", month.atDay(1)).bind("amount", amount).bind("now", SqlTime.bind(now)).execute());
    }

    /** Removes the month's target; false when it had none. */
    public boolean clear(YearMonth month) {
        return DatabaseErrors.withHandle(jdbi, "Clearing the monthly target", h -> h.createUpdate(
                        "DELETE FROM revops_targets WHERE month = :month").bind("month", month.atDay(1)).execute()) > 0;
    }

    public Optional<BigDecimal> of(YearMonth month) {
        return DatabaseErrors.withHandle(jdbi, "Reading the monthly target", h -> h.createQuery(
                        "SELECT amount FROM revops_targets WHERE month = :month")
                .bind("month", month.atDay(1)).mapTo(BigDecimal.class).findOne());
    }

    /** Every month with a target, oldest first. */
    public List<Target> all() {
        return DatabaseErrors.withHandle(jdbi, "Reading the monthly targets", h -> h.createQuery(
                        "SELECT month, amount FROM revops_targets ORDER BY month")
                .map((rs, ctx) -> new Target(YearMonth.from(rs.getObject("month", java.time.LocalDate.class)), rs.getBigDecimal("amount")))
                .list());
    }

    public record Target(YearMonth month, BigDecimal amount) {
    }
}
