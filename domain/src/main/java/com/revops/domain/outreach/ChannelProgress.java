package com.revops.domain.outreach;

/**
 * Today's progress on one channel: {@code sent} counts against the target; {@code waiting} are
 * approved today and not yet sent by the worker (on their way, not yet done).
 */
public record ChannelProgress(OutreachChannel channel, int target, long sent, long waiting) {

    /** What the operator still has to approve today to meet the target (never negative). */
    public long toApprove() {
        return Math.max(0, target - sent - waiting);
    }

    public boolean targetMet() {
        return sent >= target;
    }

    /** Sent as a whole percentage of the target, capped at 100 (for a progress bar). */
    public int percent() {
        return target == 0 ? 100 : (int) Math.min(100, sent * 100 / target);
    }
}
