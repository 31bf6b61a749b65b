package com.revops.domain.alerts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The aggregates the alert rules read at as_of (each computed in SQL).
 *
 * @param repliesThisWeek   emails sent in [as_of−7d, as_of) that have a reply, and the sends
 * @param lastTransition    the latest stage transition at or before as_of
 * @param decisionContacts  the contacts in the decision stage, with their last interaction
 * @param previousForecast30 the hazard forecast_30 the accuracy ledger holds for the latest snapshot dated before as_of's local date
 * @param payingUsers       paying users in the latest funnel snapshot and the one before it
 */
public record AlertInputs(long sendsThisWeek, long repliesThisWeek, long sendsLastWeek, long repliesLastWeek,
                          long openContacts, Optional<Instant> lastTransition, List<DecisionContact> decisionContacts,
                          BigDecimal forecast30, Optional<BigDecimal> previousForecast30,
                          List<BudgetUse> budgets, Optional<Long> previousPayingUsers, Optional<Long> payingUsers) {

    public AlertInputs {
        decisionContacts = List.copyOf(decisionContacts);
        budgets = List.copyOf(budgets);
    }

    /** A decision-stage contact and when it was last touched (absent: never). */
    public record DecisionContact(String subject, String name, Optional<Instant> lastInteraction, BigDecimal dealValue) {
    }

    /** A credit budget ("daily", "monthly") with its spend so far and its limit and warning threshold (percent). */
    public record BudgetUse(String scope, BigDecimal spent, BigDecimal limit, BigDecimal warnAtPercent) {
    }
}
