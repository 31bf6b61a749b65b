package com.revops.domain.outreach;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three outreach channels of the approval queue and their Phase 1 daily targets
 * (PRD-019 §4.7: 50 LinkedIn, 20 DMs, 5 Upwork proposals a day).
 */
public enum OutreachChannel {
    LINKEDIN("linkedin", "LinkedIn", "LinkedIn", 50),
    DM("dm", "DMs", "DM", 20),
    UPWORK("upwork", "Upwork proposals", "Upwork proposal", 5);

    private final String code;
    private final String label;
    private final String one;
    private final int dailyTarget;

    OutreachChannel(String code, String label, String one, int dailyTarget) {
        this.code = code;
        this.label = label;
        this.one = one;
        this.dailyTarget = dailyTarget;
    }

    /** The value stored in {@code actp_outreach_queue.channel}. */
    public String code() {
        return code;
    }

    /** The name shown to the operator, e.g. "Upwork proposals". */
    public String label() {
        return label;
    }

    /** The name for {@code n} items: "DM" for one, "DMs" otherwise (as {@link #label()}). */
    public String noun(long n) {
        return n == 1 ? one : label;
    }

    /** Items to get out on this channel each day. */
    public int dailyTarget() {
        return dailyTarget;
    }

    public static Optional<OutreachChannel> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.code.equals(wanted)).findFirst();
    }

    /**
     * The channel of a queue row. Rows written by older workers may have no {@code channel}; then
     * it follows from the action or platform: Upwork proposals, LinkedIn, and every other platform
     * (Instagram, X, TikTok, …) is a DM.
     */
    public static OutreachChannel of(String channel, String platform, String action) {
        Optional<OutreachChannel> stored = fromCode(channel);
        if (stored.isPresent()) {
            return stored.get();
        }
        String a = action == null ? "" : action.toLowerCase(Locale.ROOT);
        String p = platform == null ? "" : platform.toLowerCase(Locale.ROOT);
        if (a.startsWith("upwork") || p.equals("upwork")) {
            return UPWORK;
        }
        if (a.startsWith("linkedin") || p.equals("linkedin")) {
            return LINKEDIN;
        }
        return DM;
    }
}
