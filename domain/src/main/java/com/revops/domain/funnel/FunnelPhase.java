package com.revops.domain.funnel;

/**
 * The 500-user acquisition phases (PRD-019 §4.11): paying users < 50 → phase 1, 50–199 → 2, ≥ 200 → 3.
 */
public enum FunnelPhase {
    ORGANIC(1, 0, 50, "Phase 1: organic only, zero ads — post daily, DM warm leads, ship the paywall"),
    MICRO_BUDGET(2, 50, 200, "Phase 2: micro-budget ads at $5–10/day on proven organic winners; scale what converts"),
    AUTOMATED(3, 200, Long.MAX_VALUE, "Phase 3: automated loops and $50–100/day ads; protect retention");

    private final int number;
    private final long from;
    private final long until;
    private final String playbook;

    FunnelPhase(int number, long from, long until, String playbook) {
        this.number = number;
        this.from = from;
        this.until = until;
        this.playbook = playbook;
    }

    public static FunnelPhase forPayingUsers(long payingUsers) {
        if (payingUsers < 0) {
            throw new IllegalArgumentException("paying users cannot be negative: " + payingUsers);
        }
        for (FunnelPhase phase : values()) {
            if (payingUsers >= phase.from && payingUsers < phase.until) {
                return phase;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public int number() {
        return number;
    }

    /** Paying users where this phase starts. */
    public long from() {
        return from;
    }

    /** Paying users where the next phase starts ({@code Long.MAX_VALUE} for the last). */
    public long until() {
        return until;
    }

    public String playbook() {
        return playbook;
    }
}
