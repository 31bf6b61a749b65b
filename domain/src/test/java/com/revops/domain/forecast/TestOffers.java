package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.util.Map;

import com.revops.domain.revenue.OfferCatalog;

/** PRD-046's four offers, as migrations seed them. */
final class TestOffers {
    static final OfferCatalog PRD_046 = new OfferCatalog(Map.of(
            "safari_automation", new BigDecimal("2500"),
            "creator_growth", new BigDecimal("1500"),
            "ai_automation", new BigDecimal("3500"),
            "personal_brand", new BigDecimal("997")));

    private TestOffers() {
    }
}
