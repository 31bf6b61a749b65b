package com.revops.domain.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.revops.domain.common.RevenueEventType;
import com.revops.domain.revenue.MonthToDate.EventTotals;

class MonthToDateTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void revenueCountsDealsUpsellsAndRecurringButReportsChurnApart() {
        MonthToDate mtd = MonthToDate.of(Instant.parse("2026-03-20T12:00:00Z"), NEW_YORK, Map.of(
                RevenueEventType.DEAL_WON, new EventTotals(2, new BigDecimal("4997.00")),
                RevenueEventType.UPSELL, new EventTotals(1, new BigDecimal("750.00")),
                RevenueEventType.RECURRING_PAYMENT, new EventTotals(3, new BigDecimal("891.00")),
                RevenueEventType.CHURN, new EventTotals(1, new BigDecimal("297.00"))));
        assertThat(mtd.revenue()).isEqualByComparingTo("6638.00"); // 4997 + 750 + 891
        assertThat(mtd.dealsClosed()).isEqualTo(2);
        assertThat(mtd.churned()).isEqualByComparingTo("297.00");
        assertThat(mtd.month()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void theMonthStartsAtLocalMidnightOfTheFirstEvenOnTheDayClocksChange() {
        // New York leaves daylight time at 02:00 on Sunday 1 November 2026; midnight that day is still EDT (UTC−4).
        assertThat(MonthToDate.monthStart(Instant.parse("2026-11-01T04:30:00Z"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        // 23:30 on 31 October local time is still October, though it is already November in UTC
        Instant lateOctober = Instant.parse("2026-11-01T03:30:00Z");
        assertThat(MonthToDate.monthStart(lateOctober, NEW_YORK)).isEqualTo(Instant.parse("2026-10-01T04:00:00Z"));
        assertThat(MonthToDate.of(lateOctober, NEW_YORK, Map.of()).month()).isEqualTo(YearMonth.of(2026, 10));
        // In March (EST, UTC−5, before the 8 March change) the month starts at 05:00Z
        assertThat(MonthToDate.monthStart(Instant.parse("2026-03-10T12:00:00Z"), NEW_YORK))
                .isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
    }

    @Test
    void anEmptyMonthIsZero() {
        MonthToDate mtd = MonthToDate.of(Instant.parse("2026-03-01T05:00:00Z"), NEW_YORK, Map.of());
        assertThat(mtd.revenue()).isEqualByComparingTo("0");
        assertThat(mtd.dealsClosed()).isZero();
        assertThat(mtd.churned()).isEqualByComparingTo("0");
    }
}
