package com.revops.domain.brief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.revops.domain.revenue.MonthToDate;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.SourceRevenue;

/** Everything the morning brief says (PRD-046 "Daily Brief Format"). */
public record DailyBriefData(LocalDate day, PipelineSummary pipeline, BigDecimal forecast30, MonthToDate monthToDate,
                             Optional<OfferPerformance> topOffer, Optional<SourceRevenue> bestSource, List<BriefAlert> alerts) {
    public DailyBriefData {
        alerts = List.copyOf(alerts);
    }
}
