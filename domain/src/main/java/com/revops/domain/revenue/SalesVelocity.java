package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Classic sales velocity (SPEC §4): open deals × win rate × mean deal value ÷ mean cycle days,
 * in revenue per day. Win rate = won ÷ (won + lost) over contacts closed by as_of (absent until
 * one has closed); mean deal value = pipeline value ÷ open deals; cycle = the mean days from
 * first contact to a won deal, or — before any win — the blended Σ time in stage
 * (docs/decisions/0005-revenue-definitions.md).
 */
public record SalesVelocity(long openDeals, Optional<BigDecimal> winRate, BigDecimal meanDealValue, BigDecimal cycleDays,
                            Optional<BigDecimal> perDay) {

    public static SalesVelocity of(PipelineSummary pipeline, long won, long lost, Optional<BigDecimal> meanDaysToWin,
                                   TimeInStage time) {
        long open = pipeline.totalContacts();
        BigDecimal meanValue = open == 0 ? BigDecimal.ZERO
                : pipeline.totalValue().divide(BigDecimal.valueOf(open), MathContext.DECIMAL64);
        Optional<BigDecimal> winRate = won + lost == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), MathContext.DECIMAL64));
        BigDecimal cycle = meanDaysToWin.filter(d -> d.signum() > 0).orElse(time.fullCycleDays());
        Optional<BigDecimal> perDay = winRate.map(rate -> BigDecimal.valueOf(open).multiply(rate).multiply(meanValue)
                .divide(cycle, MathContext.DECIMAL64));
        return new SalesVelocity(open, winRate, meanValue, cycle, perDay);
    }
}
