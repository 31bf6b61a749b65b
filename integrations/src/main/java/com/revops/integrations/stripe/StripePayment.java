package com.revops.integrations.stripe;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import com.revops.domain.common.RevenueEventType;

/**
 * One revenue event as Stripe shows it: a one-off charge ({@code deal_won}), a paid invoice of a
 * subscription ({@code recurring_payment}) or a canceled subscription ({@code churn}, its monthly
 * value). {@code id} is Stripe's ({@code ch_…}, {@code in_…}, {@code sub_…}); {@code amount} is in
 * the currency's major unit, net of refunds.
 */
public record StripePayment(String id, RevenueEventType type, BigDecimal amount, String currency, Instant at, Optional<String> email,
                            Optional<String> name, Optional<String> customer, Optional<String> offer) {
}
