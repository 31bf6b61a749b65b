package com.revops.domain.credits;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.common.InvalidInputException;

/**
 * The credit governor of PRD-019 §4.2 (SPEC §4): the routing table decides the model for a task
 * type; when today's spend reaches 100% of the daily budget — or the month's reaches the monthly
 * one — non-critical task types are suspended until the budget resets (local midnight, the 1st).
 */
public final class CreditGovernor {
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final Budget daily;
    private final Budget monthly;

    public CreditGovernor(List<Route> routes, Budget daily, Budget monthly) {
        routes.forEach(r -> this.routes.put(r.taskType().toLowerCase(Locale.ROOT), r));
        this.daily = daily;
        this.monthly = monthly;
    }

    public RouteDecision route(String taskType, BigDecimal spentToday, BigDecimal spentThisMonth) {
        Route route = routes.get(taskType == null ? "" : taskType.trim().toLowerCase(Locale.ROOT));
        if (route == null) {
            throw new InvalidInputException("TASK_TYPE", "unknown task type '" + taskType + "'; known: " + String.join(", ", routes.keySet()));
        }
        if (!route.critical()) {
            if (daily.level(spentToday) == Budget.Level.EXCEEDED) {
                return new RouteDecision(route.taskType(), route.model(), true, Optional.of(
                        "daily AI budget reached ($" + spentToday.setScale(2, java.math.RoundingMode.HALF_UP) + " of $"
                                + daily.limit().setScale(2, java.math.RoundingMode.HALF_UP) + "); non-critical work resumes after midnight"));
            }
            if (monthly.level(spentThisMonth) == Budget.Level.EXCEEDED) {
                return new RouteDecision(route.taskType(), route.model(), true, Optional.of(
                        "monthly AI budget reached ($" + spentThisMonth.setScale(2, java.math.RoundingMode.HALF_UP) + " of $"
                                + monthly.limit().setScale(2, java.math.RoundingMode.HALF_UP) + "); non-critical work resumes on the 1st"));
            }
        }
        return new RouteDecision(route.taskType(), route.model(), false, Optional.empty());
    }

    public List<Route> routes() {
        return List.copyOf(routes.values());
    }

    public Budget daily() {
        return daily;
    }

    public Budget monthly() {
        return monthly;
    }

    /** Start of the budget day (local midnight) containing {@code asOf}. */
    public static Instant dayStart(Instant asOf, ZoneId zone) {
        return asOf.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /** When the budget day containing {@code asOf} resets: the next local midnight (23 or 25 hours away on a clock change). */
    public static Instant nextDayStart(Instant asOf, ZoneId zone) {
        return asOf.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Start of the budget month containing {@code asOf}. */
    public static Instant monthStart(Instant asOf, ZoneId zone) {
        return asOf.atZone(zone).toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
    }

    /**
     * When suspended work resumes: the next local midnight when the daily budget is used up, the 1st
     * of next month when the monthly one is (the later of the two when both are); empty when neither is.
     */
    public Optional<Instant> suspendedUntil(BigDecimal spentToday, BigDecimal spentThisMonth, Instant asOf, ZoneId zone) {
        LocalDate today = asOf.atZone(zone).toLocalDate();
        if (monthly.level(spentThisMonth) == Budget.Level.EXCEEDED) {
            return Optional.of(today.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant());
        }
        if (daily.level(spentToday) == Budget.Level.EXCEEDED) {
            return Optional.of(nextDayStart(asOf, zone));
        }
        return Optional.empty();
    }

    /** Month-end spend at the current run rate: spent ÷ elapsed days × days in the month. */
    public static BigDecimal projectedMonthEnd(BigDecimal spentThisMonth, Instant asOf, ZoneId zone) {
        LocalDate today = asOf.atZone(zone).toLocalDate();
        Instant start = monthStart(asOf, zone);
        Instant end = today.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant();
        long elapsed = Math.max(3600, asOf.getEpochSecond() - start.getEpochSecond()); // at least an hour of history
        long month = end.getEpochSecond() - start.getEpochSecond();
        return spentThisMonth.multiply(BigDecimal.valueOf(month)).divide(BigDecimal.valueOf(elapsed), MathContext.DECIMAL64);
    }
}
