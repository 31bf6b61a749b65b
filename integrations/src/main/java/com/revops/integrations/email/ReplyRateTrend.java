package com.revops.integrations.email;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reply rate week over week, in the windows of the reply_rate_drop alert — this week
 * [as_of−7d, as_of), last week [as_of−14d, as_of−7d) — and per local day for the chart.
 */
public record ReplyRateTrend(long sendsThisWeek, long repliesThisWeek, long sendsLastWeek, long repliesLastWeek, List<Day> days) {

    public Optional<BigDecimal> thisWeek() {
        return rate(repliesThisWeek, sendsThisWeek);
    }

    public Optional<BigDecimal> lastWeek() {
        return rate(repliesLastWeek, sendsLastWeek);
    }

    /** (this week − last week) ÷ last week; empty when either rate is undefined or last week's is zero. */
    public Optional<BigDecimal> relativeChange() {
        return thisWeek().flatMap(now -> lastWeek().filter(before -> before.signum() != 0)
                .map(before -> now.subtract(before).divide(before, MathContext.DECIMAL64)));
    }

    static Optional<BigDecimal> rate(long replies, long sends) {
        return sends == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(replies).divide(BigDecimal.valueOf(sends), MathContext.DECIMAL64));
    }

    /** One local day: sends and replies of the emails sent that day. */
    public record Day(LocalDate day, long sends, long replies) {
        public Optional<BigDecimal> replyRate() {
            return rate(replies, sends);
        }
    }
}
