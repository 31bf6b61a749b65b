package com.revops.scheduler.jobs;

import java.time.Instant;
import java.time.LocalDate;

import com.revops.domain.revenue.OfferPerformanceCalculator;
import com.revops.integrations.revenue.OfferRepository;
import com.revops.integrations.revenue.RevenueEngine;
import com.revops.scheduler.SchedulerContext;

/** 05:00 daily: refreshes {@code actp_offer_performance} for the trailing 90 days. */
public final class OfferPerformanceJob extends RevopsJob {
    public OfferPerformanceJob(SchedulerContext context) {
        super(context);
    }

    @Override
    protected String run(Instant now, Instant scheduledFor) {
        OfferPerformanceCalculator.Result result = new RevenueEngine(context.database(), context.zone()).offerPerformance(now);
        LocalDate end = now.atZone(context.zone()).toLocalDate();
        LocalDate start = now.minus(RevenueEngine.PERFORMANCE_WINDOW).atZone(context.zone()).toLocalDate();
        int rows = new OfferRepository(context.database().jdbi()).store(result.rows(), start, end);
        return rows + " offer × platform × niche rows for " + start + " – " + end;
    }
}
