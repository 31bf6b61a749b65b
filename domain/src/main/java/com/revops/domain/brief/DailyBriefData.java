package com.revops.domain.brief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.revops.domain.revenue.MonthToDate;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.SourceRevenue;

/**
 * Everything the morning brief says (PRD-046 "Daily Brief Format"). {@code alerts} are the open alerts that have not
 * reached the operator today and are listed in full; {@code alreadySent} names the open ones that did, earlier today,
 * as their own message — the brief points at them instead of repeating them (docs/decisions/0038-alerts-once-a-day.md).
 */
public record DailyBriefData(LocalDate day, PipelineSummary pipeline, BigDecimal forecast30, MonthToDate monthToDate,
                             Optional<OfferPerformance> topOffer, Optional<SourceRevenue> bestSource, List<BriefAlert> alerts,
                             List<String> alreadySent) {
    public DailyBriefData {
        alerts = List.copyOf(alerts);
        alreadySent = List.copyOf(alreadySent);
    }

    public DailyBriefData(LocalDate day, PipelineSummary pipeline, BigDecimal forecast30, MonthToDate monthToDate,
                          Optional<OfferPerformance> topOffer, Optional<SourceRevenue> bestSource, List<BriefAlert> alerts) {
        this(day, pipeline, forecast30, monthToDate, topOffer, bestSource, alerts, List.of());
    }
}
