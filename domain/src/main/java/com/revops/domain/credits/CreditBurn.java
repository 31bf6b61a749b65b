package com.revops.domain.credits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AI credit burn at an instant (PRD-019 §4.2, SPEC §5 {@code --credits}): today's and the month's
 * spend against their budgets, the month's spend by model and by task type (largest first), the month-end
 * projection at the current run rate, and the governor's decision for every task type now.
 */
public record CreditBurn(Instant asOf, YearMonth month, BigDecimal spentToday, Budget daily, BigDecimal spentThisMonth,
                         Budget monthly, BigDecimal projectedMonthEnd, Map<String, BigDecimal> byModel,
                         Map<String, BigDecimal> byTaskType, List<RouteNow> routes, Optional<Instant> suspendedUntil) {

    public CreditBurn {
        // largest first, as the ledger sums them: keep the order
        byModel = Collections.unmodifiableMap(new LinkedHashMap<>(byModel));
        byTaskType = Collections.unmodifiableMap(new LinkedHashMap<>(byTaskType));
        routes = List.copyOf(routes);
    }

    /** Asks the governor about every task type at {@code asOf}; the spend figures come from the ledger. */
    public static CreditBurn of(CreditGovernor governor, Instant asOf, ZoneId zone, BigDecimal spentToday, BigDecimal spentThisMonth,
                                Map<String, BigDecimal> byModel, Map<String, BigDecimal> byTaskType) {
        List<RouteNow> routes = new ArrayList<>();
        for (Route route : governor.routes()) {
            routes.add(new RouteNow(route, governor.route(route.taskType(), spentToday, spentThisMonth)));
        }
        return new CreditBurn(asOf, YearMonth.from(asOf.atZone(zone)), spentToday, governor.daily(), spentThisMonth, governor.monthly(),
                CreditGovernor.projectedMonthEnd(spentThisMonth, asOf, zone), byModel, byTaskType, routes,
                governor.suspendedUntil(spentToday, spentThisMonth, asOf, zone));
    }

    public Budget.Level todayLevel() {
        return daily.level(spentToday);
    }

    public Budget.Level monthLevel() {
        return monthly.level(spentThisMonth);
    }

    /** Where the month would end at the current run rate, against the monthly budget. */
    public Budget.Level projectedLevel() {
        return monthly.level(projectedMonthEnd);
    }

    /** Spent ÷ limit; none for a zero limit. */
    public static Optional<BigDecimal> share(BigDecimal spent, Budget budget) {
        return budget.limit().signum() <= 0 ? Optional.empty() : Optional.of(spent.divide(budget.limit(), MathContext.DECIMAL64));
    }

    /** The task types the governor suspends now. */
    public List<RouteNow> suspended() {
        return routes.stream().filter(r -> r.decision().suspended()).toList();
    }

    /** A routing-table row and the governor's decision for it now. */
    public record RouteNow(Route route, RouteDecision decision) {
    }
}
