package com.revops.domain.forecast;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three forecast methods of SPEC §4, computed side by side ({@link #MODELS}; {@link #HAZARD} is the headline), and
 * {@link #WITH_CALLS} — the hazard forecast with the operator's calls — which the accuracy ledger judges beside them.
 */
public enum ForecastMethod {
    HAZARD("hazard", "Hazard (stage × age)"),
    STAGE_VELOCITY("stage_velocity", "Stage velocity (PRD-046)"),
    RUN_RATE("run_rate", "Run rate (trailing 90 days)"),
    WITH_CALLS("with_calls", "Model + your calls");

    /** The methods computed from the history alone (the backtest recomputes these). */
    public static final java.util.List<ForecastMethod> MODELS = java.util.List.of(HAZARD, STAGE_VELOCITY, RUN_RATE);

    private final String code;
    private final String label;

    ForecastMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The name in JSON and in the accuracy ledger, e.g. {@code stage_velocity}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ForecastMethod> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
