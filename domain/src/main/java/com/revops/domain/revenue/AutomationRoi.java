package com.revops.domain.revenue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Automation ROI (SPEC §4, PRD-046 goal 7) over one month: (hours saved × hourly rate + attributed
 * revenue) ÷ cost, where cost is the automation's monthly cost plus the AI credits of its task types.
 */
public record AutomationRoi(String automation, BigDecimal hoursSaved, BigDecimal hourlyRate, BigDecimal attributedRevenue,
                            BigDecimal cost, BigDecimal value, Optional<BigDecimal> roi) {

    public static AutomationRoi of(String automation, BigDecimal hoursSaved, BigDecimal hourlyRate, BigDecimal attributedRevenue,
                                   BigDecimal monthlyCost, BigDecimal creditCost) {
        BigDecimal value = hoursSaved.multiply(hourlyRate).add(attributedRevenue);
        BigDecimal cost = monthlyCost.add(creditCost);
        Optional<BigDecimal> roi = cost.signum() == 0 ? Optional.empty() : Optional.of(value.divide(cost, MathContext.DECIMAL64));
        return new AutomationRoi(automation, hoursSaved, hourlyRate, attributedRevenue, cost, value, roi);
    }
}
