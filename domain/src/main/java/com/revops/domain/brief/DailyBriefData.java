package com.revops.domain.brief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.revops.domain.forecast.Interval;
import com.revops.domain.revenue.MonthToDate;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.SourceRevenue;

/**
/**
 * Everything the morning brief says (PRD-046 "Daily Brief Format"). {@code alerts} are the open alerts that have not
 * reached the operator today and are listed in full; {@code alreadySent} names the open ones that did, earlier today,
 * as their own message — the brief points at them instead of repeating them (docs/decisions/0038-alerts-once-a-day.md).
 *
 * @param forecast30      the hazard headline forecast_30
 * @param forecastRange30 its P10–P90 range, when computed
 */
public record DailyBriefData(LocalDate day, PipelineSummary pipeline, BigDecimal forecast30, Optional<Interval> forecastRange30,
                             MonthToDate monthToDate,
                             Optional<OfferPerformance> topOffer, Optional<SourceRevenue> bestSource, List<BriefAlert> alerts,
                             List<String> alreadySent) {
    public DailyBriefData {
        alerts = List.copyOf(alerts);
        alreadySent = List.copyOf(alreadySent);
    }

    public DailyBriefData(LocalDate day, PipelineSummary pipeline, BigDecimal forecast30, Optional<Interval> forecastRange30,
                          MonthToDate monthToDate, Optional<OfferPerformance> topOffer, Optional<SourceRevenue> bestSource,
                          List<BriefAlert> alerts) {
        this(day, pipeline, forecast30, forecastRange30, monthToDate, topOffer, bestSource, alerts, List.of());
    }
}
