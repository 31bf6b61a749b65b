package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.time.Instant;

/** A live recurring revenue stream: its last recurring_payment, when and how much (SQL aggregate). */
public record RecurringStream(Instant lastPaymentAt, BigDecimal lastAmount) {
}
