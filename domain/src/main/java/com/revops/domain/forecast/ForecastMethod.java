package com.revops.domain.forecast;

import java.util.Arrays;
import java.util.Optional;

/** The three forecast methods of SPEC §4, computed side by side; {@link #HAZARD} is the headline. */
public enum ForecastMethod {
    HAZARD("hazard", "Hazard (stage × age)"),
    STAGE_VELOCITY("stage_velocity", "Stage velocity (PRD-046)"),
    RUN_RATE("run_rate", "Run rate (trailing 90 days)");

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
