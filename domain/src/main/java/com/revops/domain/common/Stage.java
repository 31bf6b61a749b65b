package com.revops.domain.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The pipeline stages of SPEC §3, in order. The five before {@link #CLOSED_WON} are open;
 * {@link #CLOSED_LOST} is terminal and sits outside the order.
 */
public enum Stage {
    COLD("cold", "Cold"),
    AWARENESS("awareness", "Awareness"),
    CONSIDERATION("consideration", "Consideration"),
    DECISION("decision", "Decision"),
    CALL_BOOKED("call_booked", "Call booked"),
    CLOSED_WON("closed_won", "Closed won"),
    CLOSED_LOST("closed_lost", "Closed lost");

    /** The open stages, cold through call_booked. */
    public static final List<Stage> OPEN = List.of(COLD, AWARENESS, CONSIDERATION, DECISION, CALL_BOOKED);

    private final String code;
    private final String label;

    Stage(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The name stored in the database and used on the command line, e.g. {@code call_booked}. */
    public String code() {
        return code;
    }

    /** The name shown to the operator, e.g. "Call booked". */
    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED_WON && this != CLOSED_LOST;
    }

    /** Position in the order cold..closed_won; closed_lost has none (-1). */
    public int rank() {
        return this == CLOSED_LOST ? -1 : ordinal();
    }

    /** The next stage in the order, empty for closed_won and closed_lost. */
    public Optional<Stage> next() {
        return this == CLOSED_WON || this == CLOSED_LOST ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public static Optional<Stage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(wanted)).findFirst();
    }

    /** Parses a stage or throws {@link InvalidInputException} naming the field and the accepted values. */
    public static Stage parse(String field, String code) {
        return fromCode(code).orElseThrow(() -> new InvalidInputException(field,
                "unknown stage '" + code + "'; expected one of " + codes()));
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Stage::code).toList());
    }
}
