package com.revops.domain.attribution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.revops.domain.common.InvalidInputException;

/**
 * The dimensions attribution is summarised by (PRD-019 §4.5). {@link #code()} is both the name
 * stored in {@code actp_attribution_summary.dimension} and the column of {@code actp_attribution_events}.
 */
public enum AttributionDimension {
    PLATFORM("platform", "Platform"),
    CONTENT_TYPE("content_type", "Content type"),
    HOOK_CATEGORY("hook_category", "Hook category"),
    NICHE("niche", "Niche"),
    FRAMEWORK("framework", "Framework"),
    OFFER("offer", "Offer"),
    PAYWALL_VARIANT("paywall_variant", "Paywall variant"),
    UTM_SOURCE("utm_source", "UTM source");

    private final String code;
    private final String label;

    AttributionDimension(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The name shown to the operator, e.g. "Hook category". */
    public String label() {
        return label;
    }

    public static AttributionDimension parse(String field, String code) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(d -> d.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "unknown dimension '" + code + "'; expected one of "
                        + String.join(", ", Arrays.stream(values()).map(AttributionDimension::code).toList())));
    }

    public static Optional<AttributionDimension> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
