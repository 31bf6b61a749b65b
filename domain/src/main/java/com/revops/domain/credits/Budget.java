package com.revops.domain.credits;

import java.math.BigDecimal;
import java.math.MathContext;

/** A credit budget ({@code actp_credit_budgets}): scope "daily" or "monthly", the limit and the warning threshold in percent. */
public record Budget(String scope, BigDecimal limit, BigDecimal warnAtPercent) {

    /** Where {@code spent} stands against this budget. */
    public Level level(BigDecimal spent) {
        if (limit.signum() <= 0) {
            return Level.OK;
        }
        if (spent.compareTo(limit) >= 0) {
            return Level.EXCEEDED;
        }
        BigDecimal warnAt = limit.multiply(warnAtPercent).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
        return spent.compareTo(warnAt) >= 0 ? Level.WARNING : Level.OK;
    }

    public enum Level { OK, WARNING, EXCEEDED }
}
