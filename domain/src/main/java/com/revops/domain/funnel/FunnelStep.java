package com.revops.domain.funnel;

import java.math.BigDecimal;

/** The funnel steps of PRD-019 §4.11 with their target bands. */
public enum FunnelStep {
    IMPRESSION_TO_CLICK("impression_to_click", "Impression → click", "0.02", "0.05"),
    CLICK_TO_SIGNUP("click_to_signup", "Click → signup", "0.10", "0.20"),
    SIGNUP_TO_TRIAL("signup_to_trial", "Signup → trial", "0.30", "0.50"),
    TRIAL_TO_PAID("trial_to_paid", "Trial → paid", "0.10", "0.20"),
    /** "month-1 retention 80%": at least 80% is on target. */
    MONTH1_RETENTION("month1_retention", "Month-1 retention", "0.80", "1.00");

    private final String code;
    private final String label;
    private final BigDecimal low;
    private final BigDecimal high;

    FunnelStep(String code, String label, String low, String high) {
        this.code = code;
        this.label = label;
        this.low = new BigDecimal(low);
        this.high = new BigDecimal(high);
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public BigDecimal low() {
        return low;
    }

    public BigDecimal high() {
        return high;
    }

    /** Below, within or above the band (bounds are within). */
    public Verdict judge(BigDecimal rate) {
        if (rate.compareTo(low) < 0) {
            return Verdict.BELOW;
        }
        return rate.compareTo(high) > 0 ? Verdict.ABOVE : Verdict.WITHIN;
    }

    public enum Verdict { BELOW, WITHIN, ABOVE }
}
