package com.revops.integrations.email;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A sequence with its steps and what each step's emails did in the window asked for. */
/** {@code sending}: activated by the operator here, so the sequence sender sends it (an {@code active} flag alone does not). */
public record EmailSequence(UUID id, String name, Optional<String> trigger, boolean active, List<Step> steps, boolean sending) {

    /** All steps together. */
    public SendCounts total() {
        return steps.stream().map(Step::counts).reduce(SendCounts.NONE, SendCounts::plus);
    }

    /** Step {@code number} (1-based) as its JSON describes it ("day 3 · conversion_nudge · subject"), and its sends. */
    public record Step(int number, String description, SendCounts counts) {
    }
}
