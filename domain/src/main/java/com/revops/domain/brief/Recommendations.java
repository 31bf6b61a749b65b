package com.revops.domain.brief;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.revops.domain.common.Money;
import com.revops.domain.common.Ratios;
import com.revops.domain.funnel.FunnelStep;
import com.revops.domain.revenue.ConversionStep;

/**
 * The weekly report's rule-based recommendations (used without an Anthropic key, or when the API
 * fails): each rule looks at one number and, when it matters, says what to do. Three to five,
 * most urgent first.
 */
public final class Recommendations {
    public static final int MIN = 3;
    public static final int MAX = 5;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Recommendations() {
    }

    public static List<String> ruleBased(WeeklyReportData d) {
        List<String> out = new ArrayList<>();
        if (d.silentDecisionContacts() > 0) {
            out.add("Call or message the " + d.silentDecisionContacts() + " decision-stage contact"
                    + (d.silentDecisionContacts() == 1 ? "" : "s") + " silent for 3+ days — " + Money.format(d.silentDecisionValue())
                    + " of potential is cooling.");
        }
        weakestStep(d).ifPresent(out::add);
        d.offers().topOffer().ifPresent(top -> out.add("Double down on " + top.offerTag() + ": " + Money.format(top.revenue())
                + " in 90 days" + top.conversion().map(c -> " at " + pct(c) + " conversion").orElse("")
                + top.roi().map(r -> " and " + Ratios.times(r) + " ROI").orElse("")
                + " — give it the next content slots and DM openers."));
        if (d.credits().monthlyLimit().signum() > 0 && d.credits().projectedMonthEnd().compareTo(d.credits().monthlyLimit()) > 0) {
            out.add("AI spend is on track for " + Money.formatCents(d.credits().projectedMonthEnd()) + " this month against a "
                    + Money.formatCents(d.credits().monthlyLimit()) + " budget: route drafts and reviews to haiku and batch research.");
        }
        d.funnel().flatMap(f -> f.weakestStep().map(step -> step.label() + " converts " + pct(f.rates().get(step))
                + " against a " + pct(step.low()) + "–" + pct(step.high()) + " target: " + funnelFix(step))).ifPresent(out::add);
        d.accuracy().bias().filter(b -> b.abs().compareTo(new BigDecimal("0.20")) > 0 && d.accuracy().enough())
                .ifPresent(b -> out.add("Past 30-day forecasts ran " + pct(b.abs()) + (b.signum() > 0 ? " high" : " low")
                        + ": read this month's " + Money.format(d.forecast().forecast30()) + " as "
                        + (b.signum() > 0 ? "an upper bound." : "a floor.")));
        d.sources().bestPair().ifPresent(s -> out.add("Best source is " + s.platform() + " → " + s.niche() + " ("
                + Money.format(s.revenue()) + " in 90 days): publish two more posts a week there."));
        if (out.size() < MIN) {
            out.add("Keep the pipeline moving: " + d.pipeline().totalContacts() + " open contacts worth "
                    + Money.format(d.pipeline().totalValue()) + " — move at least five forward this week.");
        }
        if (out.size() < MIN) {
            out.add("Log every closed deal the day it closes (./revops --log-deal) so the forecast learns from it.");
        }
        if (out.size() < MIN) {
            out.add("Review the outreach queue daily: approved messages are what the worker sends.");
        }
        return out.subList(0, Math.min(MAX, out.size()));
    }

    private static java.util.Optional<String> weakestStep(WeeklyReportData d) {
        ConversionStep worst = null;
        BigDecimal worstRatio = new BigDecimal("0.75");
        for (ConversionStep step : d.steps()) {
            if (step.resolved() < 10 || step.observed().isEmpty()) {
                continue;
            }
            BigDecimal ratio = step.observed().get().divide(step.prior(), MathContext.DECIMAL64);
            if (ratio.compareTo(worstRatio) < 0) {
                worstRatio = ratio;
                worst = step;
            }
        }
        if (worst == null) {
            return java.util.Optional.empty();
        }
        ConversionStep w = worst;
        return java.util.Optional.of("Fix " + w.from().label() + " → " + w.to().label() + ": " + pct(w.observed().get())
                + " of " + w.resolved() + " resolved contacts converted, against a " + pct(w.prior()) + " benchmark.");
    }

    private static String funnelFix(FunnelStep step) {
        return switch (step) {
            case IMPRESSION_TO_CLICK -> "test stronger hooks and a clearer call to action.";
            case CLICK_TO_SIGNUP -> "shorten the landing page and the signup form.";
            case SIGNUP_TO_TRIAL -> "show the paywall earlier in onboarding.";
            case TRIAL_TO_PAID -> "send the day-3 and day-7 trial nudges and test the annual-first paywall.";
            case MONTH1_RETENTION -> "interview churned users and fix the first-week experience.";
        };
    }

    static String pct(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
