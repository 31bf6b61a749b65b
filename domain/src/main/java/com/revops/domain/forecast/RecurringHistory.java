package com.revops.domain.forecast;

import java.util.List;

/**
 * What the recurring forecast needs (SPEC §4): the streams with a recurring_payment in the last 35
 * days and no churn since, the churn events of the trailing 90 days and the streams active then (with a
 * recurring_payment in those 90 days).
 */
public record RecurringHistory(List<RecurringStream> liveStreams, long churnEvents, long activeStreams) {
    public RecurringHistory {
        liveStreams = List.copyOf(liveStreams);
    }

    public static RecurringHistory none() {
        return new RecurringHistory(List.of(), 0, 0);
    }
}
