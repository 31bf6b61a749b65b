package com.revops.integrations.revenue;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.revops.domain.common.RevenueEventType;

/**
 * The one SQL definition of which {@code actp_revenue_events} rows are revenue (SPEC §4 "Month to
 * date"): deal_won, upsell and recurring_payment — churn is reported apart. Built from
 * {@link RevenueEventType#isRevenue()}, so the SQL views (offers, sources, automation ROI) and the
 * domain's month to date cannot disagree.
 */
final class RevenueEventsSql {
    /** A predicate on a column named {@code event_type} (prefix it through {@link #isRevenue(String)} for a table alias). */
    static final String IS_REVENUE = isRevenue("");

    private RevenueEventsSql() {
    }

    static String isRevenue(String alias) {
        return alias + "event_type IN (" + Arrays.stream(RevenueEventType.values()).filter(RevenueEventType::isRevenue)
                .map(t -> "'" + t.code() + "'").collect(Collectors.joining(", ")) + ")";
    }
}
