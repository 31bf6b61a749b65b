package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The offers and their average deal values ({@code actp_offers}). A contact's deal value is its
 * offer's value; with no offer, or one the catalog does not know, it is the mean of the catalog's
 * values (SPEC §4: 2124.25 for PRD-046's four offers).
 */
public final class OfferCatalog {
    private final Map<String, BigDecimal> values;
    private final BigDecimal meanValue;

    public OfferCatalog(Map<String, BigDecimal> values) {
        this.values = new TreeMap<>();
        values.forEach((tag, value) -> this.values.put(normalise(tag), value));
        this.meanValue = this.values.isEmpty()
                ? BigDecimal.ZERO
                : this.values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(this.values.size()), MathContext.DECIMAL128);
    }

    public BigDecimal dealValue(Optional<String> offerTag) {
        return offerTag.map(OfferCatalog::normalise).map(values::get).orElse(meanValue);
    }

    /** The value used for contacts without a (known) offer. */
    public BigDecimal meanValue() {
        return meanValue;
    }

    public boolean contains(String offerTag) {
        return offerTag != null && values.containsKey(normalise(offerTag));
    }

    /** The catalog's spelling of an offer tag given in any case, if known. */
    public Optional<String> canonical(String offerTag) {
        return contains(offerTag) ? Optional.of(normalise(offerTag)) : Optional.empty();
    }

    public Map<String, BigDecimal> values() {
        return Map.copyOf(values);
    }

    private static String normalise(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT);
    }
}
