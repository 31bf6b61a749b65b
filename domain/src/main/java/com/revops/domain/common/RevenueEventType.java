package com.revops.domain.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** {@code actp_revenue_events.event_type} (PRD-046). */
public enum RevenueEventType {
    DEAL_WON("deal_won"),
    UPSELL("upsell"),
    CHURN("churn"),
    RECURRING_PAYMENT("recurring_payment");

    private final String code;

    RevenueEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Revenue counts deal_won, upsell and recurring_payment; churn is reported apart (SPEC §4). */
    public boolean isRevenue() {
        return this != CHURN;
    }

    public static Optional<RevenueEventType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code.equals(wanted)).findFirst();
    }

    public static RevenueEventType parse(String field, String code) {
        return fromCode(code).orElseThrow(() -> new InvalidInputException(field,
                "unknown event type '" + code + "'; expected one of " + codes()));
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(RevenueEventType::code).toList());
    }
}
