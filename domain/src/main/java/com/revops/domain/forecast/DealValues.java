package com.revops.domain.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.revenue.OfferCatalog;

/**
 * What a deal of each offer is worth to the forecast (SPEC §4): the actual deal_won amounts shrunk
 * toward the catalog value, which counts as {@value #PRIOR_DEALS} deals —
 * {@code v(o) = (Σ amounts of o + 5·catalog(o)) ÷ (n_o + 5)}. Deals and contacts with no offer, or
 * one the catalog does not know, form one group whose catalog value is the catalog's mean.
 */
public final class DealValues {
    public static final int PRIOR_DEALS = 5;
    private static final String NO_OFFER = "";

    private final OfferCatalog catalog;
    private final Map<String, BigDecimal> values = new HashMap<>();

    private DealValues(OfferCatalog catalog) {
        this.catalog = catalog;
    }

    public static DealValues of(OfferCatalog catalog, List<OfferDeals> won) {
        DealValues v = new DealValues(catalog);
        Map<String, long[]> counts = new HashMap<>();
        Map<String, BigDecimal> sums = new HashMap<>();
        for (OfferDeals d : won) {
            String key = v.key(d.offerTag());
            counts.computeIfAbsent(key, k -> new long[1])[0] += d.deals();
            sums.merge(key, d.amount(), BigDecimal::add);
        }
        counts.forEach((key, n) -> {
            BigDecimal prior = catalog.dealValue(key.isEmpty() ? Optional.empty() : Optional.of(key));
            v.values.put(key, sums.get(key).add(prior.multiply(BigDecimal.valueOf(PRIOR_DEALS)))
                    .divide(BigDecimal.valueOf(n[0] + PRIOR_DEALS), MathContext.DECIMAL64));
        });
        return v;
    }

    /** v(o) for a contact with this offer. */
    public BigDecimal value(Optional<String> offerTag) {
        String key = key(offerTag);
        BigDecimal v = values.get(key);
        return v != null ? v : catalog.dealValue(key.isEmpty() ? Optional.empty() : Optional.of(key));
    }

    private String key(Optional<String> offerTag) {
        return offerTag.flatMap(catalog::canonical).orElse(NO_OFFER);
    }
}
