package com.revops.domain.brief;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.MethodScore;
import com.revops.domain.funnel.FunnelStatus;
import com.revops.domain.revenue.ConversionRates;
import com.revops.domain.revenue.MonthToDate;
import com.revops.domain.revenue.OfferPerformanceCalculator;
import com.revops.domain.revenue.PipelineSummary;
import com.revops.domain.revenue.TopSources;

/**
 * Everything the weekly report covers (SPEC §4, issue: conversion, sources, offers, forecast, credits, funnel).
 *
 * @param accuracy how the hazard method's past 30-day forecasts fared (the accuracy ledger)
 */
public record WeeklyReportData(LocalDate weekEnding, PipelineSummary pipeline, ConversionRates conversion, TopSources sources,
                               OfferPerformanceCalculator.Result offers, Forecast forecast, MethodScore accuracy,
                               MonthToDate monthToDate, CreditBurn credits, Optional<FunnelStatus> funnel,
                               long silentDecisionContacts, BigDecimal silentDecisionValue) {

    /** AI credit burn: last 7 days, month to date against the monthly budget, projection, and by model. */
    public record CreditBurn(BigDecimal lastSevenDays, BigDecimal monthToDate, BigDecimal monthlyLimit, BigDecimal projectedMonthEnd,
                             Map<String, BigDecimal> byModel) {
    }

    public List<com.revops.domain.revenue.ConversionStep> steps() {
        return conversion.steps();
    }
}
