package com.revops.domain.alerts;

/** The alert types of SPEC §4; {@link #code()} is the stable {@code type} of the JSON and the alert log. */
public enum AlertType {
    REPLY_RATE_DROP("reply_rate_drop"),
    PIPELINE_STAGNATION("pipeline_stagnation"),
    HIGH_VALUE_SILENT("high_value_silent"),
    FORECAST_DROP("forecast_drop"),
    DEAL_CLOSED("deal_closed"),
    CREDIT_BUDGET_WARNING("credit_budget_warning"),
    CREDIT_BUDGET_EXCEEDED("credit_budget_exceeded"),
    FUNNEL_PHASE_CHANGE("funnel_phase_change"),
    /** An ad campaign was paused by the auto-pause rule ({@code AdsRules}). */
    AD_PAUSED("ad_paused"),
    /** A campaign breaks the auto-pause rule but Meta did not confirm the pause: it may still be spending. */
    AD_PAUSE_FAILED("ad_pause_failed"),
    /** The daily reconcile found Meta's campaign status different from ours (paused here, active there). */
    AD_DRIFT("ad_drift"),
    /** The worker's heartbeat failed: generation steps are skipped today (PRD-019 §4.10). */
    ROUTINE_HEARTBEAT_FAILED("routine_heartbeat_failed"),
    /** A generation step failed twice (its one retry failed too). */
    ROUTINE_STEP_FAILED("routine_step_failed"),
    /** A routine step has not reported by the end of its planned window. */
    ROUTINE_STEP_MISSING("routine_step_missing"),
    /** A Sora generation job has not finished an hour after it started (PRD-019 §4.1). */
    SORA_JOB_STUCK("sora_job_stuck");

    private final String code;

    AlertType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
