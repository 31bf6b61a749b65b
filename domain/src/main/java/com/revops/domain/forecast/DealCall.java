package com.revops.domain.forecast;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.revops.domain.common.InvalidInputException;

/**
 * The operator's read on one open deal, beside the model's probability (never replacing it): the forecast shows
 * "model" and "model + your calls" side by side (docs/decisions/0075-the-operators-calls.md).
 */
public enum DealCall {
    /** It closes within the horizon: counted at its full value. */
    COMMIT("commit", "Commit"),
    /** It may close: the model's chance in the expected figure, its full value in the best case. */
    UPSIDE("upside", "Upside"),
    /** It will not close: counted at nothing. */
    OUT("out", "Out");

    private final String code;
    private final String label;

    DealCall(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<DealCall> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** The call the operator typed (any case), or a clear error naming {@code field}. */
    public static DealCall parse(String field, String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return fromCode(t).orElseThrow(() -> new InvalidInputException(field,
                "must be commit, upside, out or clear, not '" + (text == null ? "" : text.strip()) + "'"));
    }
}
