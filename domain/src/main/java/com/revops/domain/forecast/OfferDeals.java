package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.util.Optional;

/** The deal_won events of one offer by as_of: how many and their Σ amount (SQL aggregate). */
public record OfferDeals(Optional<String> offerTag, long deals, BigDecimal amount) {
}
