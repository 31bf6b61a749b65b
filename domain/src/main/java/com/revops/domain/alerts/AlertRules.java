package com.revops.domain.alerts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.revops.domain.common.Money;

/** The alert rules of SPEC §4, evaluated on aggregates at as_of. Pure: the same inputs give the same alerts. */
public final class AlertRules {
    public static final int MIN_SENDS_PER_WEEK = 20;
    /** The reply rate must fall by more than this fraction, relative to the week before. */
    public static final BigDecimal REPLY_DROP = new BigDecimal("0.15");
    public static final Duration STAGNATION = Duration.ofDays(5);
    public static final Duration SILENCE = Duration.ofDays(3);
    /** forecast_30 below this share of the last snapshot's forecast_30d. */
    public static final BigDecimal FORECAST_FLOOR = new BigDecimal("0.80");
    public static final List<Long> PHASE_THRESHOLDS = List.of(50L, 200L);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private final ZoneId zone;

    public AlertRules(ZoneId zone) {
        this.zone = zone;
    }

    public List<Alert> evaluate(AlertInputs in, Instant asOf) {
        List<Alert> alerts = new ArrayList<>();
        replyRateDrop(in).ifPresent(alerts::add);
        pipelineStagnation(in, asOf).ifPresent(alerts::add);
        alerts.addAll(highValueSilent(in, asOf));
        forecastDrop(in).ifPresent(alerts::add);
        alerts.addAll(creditBudgets(in));
        funnelPhaseChange(in).ifPresent(alerts::add);
        return alerts;
    }

    java.util.Optional<Alert> replyRateDrop(AlertInputs in) {
        long s0 = in.sendsLastWeek();
        long r0 = in.repliesLastWeek();
        long s1 = in.sendsThisWeek();
        long r1 = in.repliesThisWeek();
        if (s0 < MIN_SENDS_PER_WEEK || s1 < MIN_SENDS_PER_WEEK || r0 == 0) {
            return java.util.Optional.empty();
        }
        // relative drop (r0/s0 − r1/s1) / (r0/s0) = (r0·s1 − r1·s0) / (r0·s1), compared exactly
        BigDecimal drop = BigDecimal.valueOf(r0 * s1 - r1 * s0).divide(BigDecimal.valueOf(r0 * s1), MathContext.DECIMAL64);
        if (drop.compareTo(REPLY_DROP) <= 0) {
            return java.util.Optional.empty();
        }
        BigDecimal before = BigDecimal.valueOf(r0).divide(BigDecimal.valueOf(s0), MathContext.DECIMAL64);
        BigDecimal now = BigDecimal.valueOf(r1).divide(BigDecimal.valueOf(s1), MathContext.DECIMAL64);
        return java.util.Optional.of(new Alert(AlertType.REPLY_RATE_DROP, Severity.WARNING, "email",
                "Reply rate down " + pct(drop, 0) + " vs last week (" + pct(before, 1) + " → " + pct(now, 1) + ", "
                        + s1 + " emails sent)",
                "Review email subject lines and DM timing"));
    }

    java.util.Optional<Alert> pipelineStagnation(AlertInputs in, Instant asOf) {
        if (in.openContacts() == 0) {
            return java.util.Optional.empty();
        }
        Instant windowStart = asOf.minus(STAGNATION);
        boolean moved = in.lastTransition().map(t -> t.isAfter(windowStart) && !t.isAfter(asOf)).orElse(false);
        if (moved) {
            return java.util.Optional.empty();
        }
        String last = in.lastTransition().map(t -> "last one " + DAY.format(t.atZone(zone))).orElse("none recorded yet");
        return java.util.Optional.of(new Alert(AlertType.PIPELINE_STAGNATION, Severity.WARNING, "pipeline",
                "No stage transitions in 5 days (" + last + "); " + in.openContacts() + " open contact"
                        + (in.openContacts() == 1 ? " is" : "s are") + " waiting",
                "Work the decision and call-booked contacts first, then follow up with awareness"));
    }

    List<Alert> highValueSilent(AlertInputs in, Instant asOf) {
        Instant cutoff = asOf.minus(SILENCE);
        List<Alert> alerts = new ArrayList<>();
        for (AlertInputs.DecisionContact c : in.decisionContacts()) {
            boolean silent = c.lastInteraction().map(t -> !t.isAfter(cutoff)).orElse(true);
            if (!silent) {
                continue;
            }
            String since = c.lastInteraction()
                    .map(t -> "no touch since " + DAY.format(t.atZone(zone)) + " (" + Duration.between(t, asOf).toDays() + " days)")
                    .orElse("never touched");
            alerts.add(new Alert(AlertType.HIGH_VALUE_SILENT, Severity.URGENT, c.subject(),
                    c.name() + " is in decision (" + Money.format(c.dealValue()) + " potential) — " + since,
                    "Reach out to " + c.name() + " today: answer open questions and propose a call"));
        }
        return alerts;
    }

    java.util.Optional<Alert> forecastDrop(AlertInputs in) {
        if (in.previousForecast30().isEmpty() || in.previousForecast30().get().signum() <= 0) {
            return java.util.Optional.empty();
        }
        BigDecimal before = in.previousForecast30().get();
        if (in.forecast30().compareTo(before.multiply(FORECAST_FLOOR)) >= 0) {
            return java.util.Optional.empty();
        }
        BigDecimal drop = before.subtract(in.forecast30()).divide(before, MathContext.DECIMAL64);
        return java.util.Optional.of(new Alert(AlertType.FORECAST_DROP, Severity.WARNING, "forecast_30",
                "30-day forecast down " + pct(drop, 0) + " since the last snapshot (" + Money.format(before) + " → "
                        + Money.format(in.forecast30()) + ")",
                "Check which deals slipped: review decision and call-booked contacts and this week's pipeline entries"));
    }

    List<Alert> creditBudgets(AlertInputs in) {
        List<Alert> alerts = new ArrayList<>();
        for (AlertInputs.BudgetUse b : in.budgets()) {
            if (b.limit().signum() <= 0) {
                continue;
            }
            BigDecimal share = b.spent().divide(b.limit(), MathContext.DECIMAL64);
            String spend = "AI spend " + ("daily".equals(b.scope()) ? "today" : "this month") + " " + Money.formatCents(b.spent())
                    + " of " + Money.formatCents(b.limit()) + " (" + pct(share, 0) + ")";
            BigDecimal warnAt = b.limit().multiply(b.warnAtPercent()).divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
            // one line per budget: past the limit the warning would only repeat the same spend
            if (b.spent().compareTo(b.limit()) >= 0) {
                alerts.add(new Alert(AlertType.CREDIT_BUDGET_EXCEEDED, Severity.URGENT, b.scope(), spend,
                        "Non-critical generation is suspended until the " + b.scope() + " budget resets"));
            } else if (b.spent().compareTo(warnAt) >= 0) {
                alerts.add(new Alert(AlertType.CREDIT_BUDGET_WARNING, Severity.WARNING, b.scope(), spend,
                        "Route drafts to haiku and defer research jobs until the budget resets"));
            }
        }
        return alerts;
    }

    java.util.Optional<Alert> funnelPhaseChange(AlertInputs in) {
        if (in.previousPayingUsers().isEmpty() || in.payingUsers().isEmpty()) {
            return java.util.Optional.empty();
        }
        long before = in.previousPayingUsers().get();
        long now = in.payingUsers().get();
        for (long threshold : PHASE_THRESHOLDS) {
            boolean up = before < threshold && now >= threshold;
            boolean down = before >= threshold && now < threshold;
            if (up || down) {
                int phase = com.revops.domain.funnel.FunnelPhase.forPayingUsers(now).number();
                return java.util.Optional.of(new Alert(AlertType.FUNNEL_PHASE_CHANGE, up ? Severity.INFO : Severity.WARNING, "phase",
                        "Paying users crossed " + threshold + " (" + before + " → " + now + "): now phase " + phase,
                        com.revops.domain.funnel.FunnelPhase.forPayingUsers(now).playbook()));
            }
        }
        return java.util.Optional.empty();
    }

    /** The celebration alert fired at once when a deal is logged. */
    public static Alert dealClosed(String subject, String contactName, BigDecimal amount, String offer, String eventType) {
        String what = "deal_won".equals(eventType) ? "Deal closed" : eventType.replace('_', ' ');
        return new Alert(AlertType.DEAL_CLOSED, Severity.INFO, subject,
                what + ": " + contactName + " — " + Money.formatCents(amount) + " (" + offer + ")",
                "Send the onboarding note and ask for a referral");
    }

    private static String pct(BigDecimal fraction, int decimals) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
