package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import com.revops.domain.common.RevenueEventType;

/**
 * {@code --mtd} (SPEC §4): months in the operator's time zone; revenue = Σ deal_won, upsell and
 * recurring_payment with closed_at in [month start, as_of]; deals = count of deal_won; churn apart.
 */
public record MonthToDate(YearMonth month, Instant from, Instant asOf, BigDecimal revenue, long dealsClosed, BigDecimal churned) {

    /** The start of as_of's month in the zone (midnight of the 1st, whatever the offset that day). */
    public static Instant monthStart(Instant asOf, ZoneId zone) {
        ZonedDateTime local = asOf.atZone(zone);
        return local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
    }

    public static MonthToDate of(Instant asOf, ZoneId zone, Map<RevenueEventType, EventTotals> totals) {
        BigDecimal revenue = BigDecimal.ZERO;
        for (Map.Entry<RevenueEventType, EventTotals> e : totals.entrySet()) {
            if (e.getKey().isRevenue()) {
                revenue = revenue.add(e.getValue().amount());
            }
        }
        long deals = totals.getOrDefault(RevenueEventType.DEAL_WON, EventTotals.NONE).count();
        BigDecimal churned = totals.getOrDefault(RevenueEventType.CHURN, EventTotals.NONE).amount();
        return new MonthToDate(YearMonth.from(asOf.atZone(zone)), monthStart(asOf, zone), asOf, revenue, deals, churned);
    }

    /** Count and Σ amount of one event type in a window. */
    public record EventTotals(long count, BigDecimal amount) {
        public static final EventTotals NONE = new EventTotals(0, BigDecimal.ZERO);
    }
}
