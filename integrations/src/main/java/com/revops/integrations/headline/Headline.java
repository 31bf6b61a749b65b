package com.revops.integrations.headline;

import java.util.List;
import java.util.Optional;

import com.revops.domain.alerts.Alert;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.SourceRevenue;
import com.revops.integrations.revenue.MonthTarget;
import com.revops.integrations.revenue.RevenueEngine;

/**
 * The headline numbers at one instant, as the dashboard, {@code --status} and the daily brief show them:
 * the overview (pipeline, forecast, month to date), the top offer, the best source, the alerts firing and
 * — when one is set — the chance of this month's target.
 */
public record Headline(RevenueEngine.Overview overview, Optional<OfferPerformance> topOffer, Optional<SourceRevenue> bestSource,
                       List<Alert> alerts, Optional<MonthTarget.Chance> target) {
    public Headline {
        alerts = List.copyOf(alerts);
    }
}
