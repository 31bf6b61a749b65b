package com.revops.domain.ads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertType;
import com.revops.domain.alerts.Severity;
import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Money;

/**
 * Meta Ads graduation (SPEC §4, PRD-019 §4.6): which posts may become a campaign, what a campaign
 * may spend a day, and when a running campaign is paused automatically.
 *
 * <p>Auto-pause: a campaign that has run <em>at least</em> 48 hours with a cost per acquisition
 * strictly above $10, or that has spent $20 or more without a single conversion. CPA is spend ÷
 * conversions, compared unrounded.
 */
public final class AdsRules {
    public static final BigDecimal MIN_SCORE = new BigDecimal("8.0");
    public static final BigDecimal MIN_DAILY_BUDGET = new BigDecimal("5.00");
    public static final BigDecimal MAX_DAILY_BUDGET = new BigDecimal("10.00");
    public static final BigDecimal CPA_LIMIT = new BigDecimal("10.00");
    public static final Duration CPA_GRACE = Duration.ofHours(48);
    public static final BigDecimal NO_CONVERSION_LIMIT = new BigDecimal("20.00");

    private AdsRules() {
    }

    /** A post with this engagement score and status may be proposed as a campaign. */
    public static boolean isCandidate(BigDecimal engagementScore, String status) {
        return engagementScore != null && engagementScore.compareTo(MIN_SCORE) >= 0 && "organic_only".equals(status);
    }

    /** The daily budget typed by the operator: money between $5 and $10 a day. */
    public static BigDecimal dailyBudget(String field, String text) {
        BigDecimal budget = Money.parsePositive(field, text);
        if (budget.compareTo(MIN_DAILY_BUDGET) < 0 || budget.compareTo(MAX_DAILY_BUDGET) > 0) {
            throw new InvalidInputException(field, "must be between $5 and $10 a day (got " + Money.formatCents(budget) + ")");
        }
        return budget;
    }

    /** Cost per acquisition, or empty with no conversion. */
    public static Optional<BigDecimal> cpa(BigDecimal spend, long conversions) {
        return conversions <= 0 ? Optional.empty() : Optional.of(spend.divide(BigDecimal.valueOf(conversions), 10, RoundingMode.HALF_UP));
    }

    /** Why the campaign must be paused now, or empty when it may keep running. */
    public static Optional<String> pauseReason(BigDecimal spend, long conversions, Duration running) {
        if (conversions <= 0 && spend.compareTo(NO_CONVERSION_LIMIT) >= 0) {
            return Optional.of("Spent " + Money.formatCents(spend) + " with no conversion (limit $20); paused automatically.");
        }
        Optional<BigDecimal> cpa = cpa(spend, conversions);
        if (cpa.isPresent() && cpa.get().compareTo(CPA_LIMIT) > 0 && running.compareTo(CPA_GRACE) >= 0) {
            return Optional.of("CPA " + Money.formatCents(cpa.get()) + " was above the $10 limit after " + running.toHours()
                    + " h; paused automatically.");
        }
        return Optional.empty();
    }

    /** The alert raised when a campaign is paused (type {@code ad_paused}, once per campaign and day). */
    public static Alert pausedAlert(String campaign, String reason) {
        return new Alert(AlertType.AD_PAUSED, Severity.WARNING, campaign, "Ad campaign " + campaign + " paused: " + reason,
                "Review the creative and audience on the Ads screen before proposing it again");
    }

    /** Urgent: the rule caught the campaign but Meta did not confirm the pause, so it may keep spending. */
    public static Alert pauseFailedAlert(String campaign, String reason, String why) {
        return new Alert(AlertType.AD_PAUSE_FAILED, Severity.URGENT, campaign, "Ad campaign " + campaign
                + " should be paused (" + reason + ") but Meta did not confirm the pause: " + why,
                "Pause it in Meta Ads Manager now; the console retries every hour and shows it active until Meta confirms");
    }

    /**
     * The reconcile's finding when Meta's configured status differs from ours: paused here but active
     * at Meta spends money the console believes stopped (urgent); active here but not at Meta is a
     * warning (someone paused it in Ads Manager).
     */
    public static Optional<Alert> driftAlert(String campaign, String localStatus, String metaStatus) {
        boolean metaActive = "ACTIVE".equals(metaStatus);
        if ("paused".equals(localStatus) && metaActive) {
            return Optional.of(new Alert(AlertType.AD_DRIFT, Severity.URGENT, campaign, "Ad campaign " + campaign
                    + " is paused here but ACTIVE at Meta: it is spending money", "Pause it in Meta Ads Manager now"));
        }
        if ("active".equals(localStatus) && !metaActive) {
            return Optional.of(new Alert(AlertType.AD_DRIFT, Severity.WARNING, campaign, "Ad campaign " + campaign
                    + " is active here but " + metaStatus + " at Meta", "Check the campaign in Meta Ads Manager"));
        }
        return Optional.empty();
    }
}
