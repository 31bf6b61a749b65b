package com.revops.domain.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.revops.domain.alerts.AlertType;
import com.revops.domain.common.InvalidInputException;

/** The auto-pause rule at its exact edges, worked by hand. */
class AdsRulesTest {
    private static final Duration H48 = Duration.ofHours(48);

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void cpaOfExactlyTenDollarsKeepsRunning() {
        // $30.00 spent, 3 conversions: CPA = 30 / 3 = $10.00, not above $10
        assertThat(AdsRules.pauseReason(usd("30.00"), 3, Duration.ofHours(72))).isEmpty();
    }

    @Test
    void cpaOneCentAboveTenPausesAfterFortyEightHours() {
        // $30.03 / 3 = $10.01 > $10, after exactly 48 h
        assertThat(AdsRules.pauseReason(usd("30.03"), 3, H48)).hasValueSatisfying(r -> assertThat(r).contains("CPA $10.01"));
    }

    @Test
    void aHighCpaBeforeFortyEightHoursIsNotPausedYet() {
        // $24.60 / 2 = $12.30 > $10 but only 47 h 59 min running
        assertThat(AdsRules.pauseReason(usd("24.60"), 2, H48.minusMinutes(1))).isEmpty();
        assertThat(AdsRules.pauseReason(usd("24.60"), 2, H48)).hasValueSatisfying(r -> assertThat(r).contains("CPA $12.30"));
    }

    @Test
    void noConversionPausesAtTwentyDollarsNotBefore() {
        assertThat(AdsRules.pauseReason(usd("19.99"), 0, Duration.ofHours(100))).isEmpty();
        assertThat(AdsRules.pauseReason(usd("20.00"), 0, Duration.ofHours(5)))
                .hasValueSatisfying(r -> assertThat(r).contains("$20.00 with no conversion"));
    }

    @Test
    void oneConversionAtTwentyDollarsIsJudgedByCpa() {
        // $20.00 / 1 = $20 CPA: the no-conversion rule does not apply; the CPA rule waits for 48 h
        assertThat(AdsRules.pauseReason(usd("20.00"), 1, Duration.ofHours(47))).isEmpty();
        assertThat(AdsRules.pauseReason(usd("20.00"), 1, H48)).isPresent();
    }

    @Test
    void cpaIsSpendOverConversions() {
        assertThat(AdsRules.cpa(usd("36.00"), 5)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("7.20"));
        assertThat(AdsRules.cpa(usd("36.00"), 0)).isEmpty();
    }

    @Test
    void dailyBudgetIsFiveToTenDollars() {
        assertThat(AdsRules.dailyBudget("daily budget", "$5")).isEqualByComparingTo("5.00");
        assertThat(AdsRules.dailyBudget("daily budget", "10.00")).isEqualByComparingTo("10.00");
        assertThatThrownBy(() -> AdsRules.dailyBudget("daily budget", "4.99")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("between $5 and $10");
        assertThatThrownBy(() -> AdsRules.dailyBudget("daily budget", "10.01")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> AdsRules.dailyBudget("daily budget", "ten")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a number");
    }

    @Test
    void candidatesScoreAtLeastEightAndAreOrganicOnly() {
        assertThat(AdsRules.isCandidate(usd("8.00"), "organic_only")).isTrue();
        assertThat(AdsRules.isCandidate(usd("7.99"), "organic_only")).isFalse();
        assertThat(AdsRules.isCandidate(usd("9.10"), "graduated")).isFalse();
    }

    @Test
    void thePausedAlertIsAnAdPausedWarning() {
        var alert = AdsRules.pausedAlert("post-17 (meta)", "CPA $12.30 was above the $10 limit after 50 h; paused automatically.");
        assertThat(alert.type()).isEqualTo(AlertType.AD_PAUSED);
        assertThat(alert.type().code()).isEqualTo("ad_paused");
        assertThat(alert.message()).isEqualTo("Ad campaign post-17 (meta) paused: CPA $12.30 was above the $10 limit after 50 h; "
                + "paused automatically.");
    }

    @Test
    void driftIsUrgentWhenPausedHereButActiveAtMetaAndAWarningTheOtherWay() {
        var spending = AdsRules.driftAlert("post-17 (meta)", "paused", "ACTIVE").orElseThrow();
        assertThat(spending.type().code()).isEqualTo("ad_drift");
        assertThat(spending.severity().code()).isEqualTo("urgent");
        assertThat(spending.message()).isEqualTo("Ad campaign post-17 (meta) is paused here but ACTIVE at Meta: it is spending money");
        var stopped = AdsRules.driftAlert("post-17 (meta)", "active", "PAUSED").orElseThrow();
        assertThat(stopped.severity().code()).isEqualTo("warning");
        assertThat(AdsRules.driftAlert("post-17 (meta)", "paused", "PAUSED")).isEmpty();
        assertThat(AdsRules.driftAlert("post-17 (meta)", "active", "ACTIVE")).isEmpty();
    }

    @Test
    void aPauseMetaDidNotConfirmIsUrgent() {
        var alert = AdsRules.pauseFailedAlert("post-17 (meta)", "CPA $12.30 was above the $10 limit after 50 h; paused automatically.",
                "Meta Ads: is unavailable (HTTP 500) — try again later");
        assertThat(alert.type().code()).isEqualTo("ad_pause_failed");
        assertThat(alert.severity().code()).isEqualTo("urgent");
        assertThat(alert.action()).startsWith("Pause it in Meta Ads Manager now");
    }
}
