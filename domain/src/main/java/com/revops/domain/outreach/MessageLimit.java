package com.revops.domain.outreach;

import java.util.Locale;

import com.revops.domain.common.InvalidInputException;

/**
 * The longest text each kind of outreach message may have — the one place these limits live.
 * The editor shows the count against them; an item over its limit can be neither saved nor
 * approved, because the platform would refuse or cut it.
 *
 * <ul>
 *   <li>LinkedIn connection note: 300 characters (LinkedIn's limit for an invitation note).</li>
 *   <li>LinkedIn message: 8,000 characters (LinkedIn's limit for a message to a connection).</li>
 *   <li>DM (Instagram, X, TikTok, …): 1,000 characters — the tightest common limit across those
 *       platforms, and longer cold DMs do not get read anyway.</li>
 *   <li>Upwork proposal (cover letter): 5,000 characters (Upwork's limit).</li>
 * </ul>
 * Characters are counted as Unicode code points, so an emoji counts once.
 */
public enum MessageLimit {
    LINKEDIN_CONNECTION_NOTE("LinkedIn connection note", 300),
    LINKEDIN_MESSAGE("LinkedIn message", 8000),
    DIRECT_MESSAGE("DM", 1000),
    UPWORK_PROPOSAL("Upwork proposal", 5000);

    private final String label;
    private final int maxChars;

    MessageLimit(String label, int maxChars) {
        this.label = label;
        this.maxChars = maxChars;
    }

    public String label() {
        return label;
    }

    public int maxChars() {
        return maxChars;
    }

    /** The limit for an item of this channel and action (e.g. {@code linkedin_connect} is a connection note). */
    public static MessageLimit of(OutreachChannel channel, String action) {
        String a = action == null ? "" : action.toLowerCase(Locale.ROOT);
        return switch (channel) {
            case LINKEDIN -> a.contains("connect") ? LINKEDIN_CONNECTION_NOTE : LINKEDIN_MESSAGE;
            case DM -> DIRECT_MESSAGE;
            case UPWORK -> UPWORK_PROPOSAL;
        };
    }

    /** Characters as the editor counts them. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** Characters still free for {@code text} (negative when over). */
    public int remaining(String text) {
        return maxChars - length(text);
    }

    /** Throws when {@code text} is blank or longer than this limit. */
    public void check(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is empty; a " + label + " needs some text");
        }
        int length = length(text);
        if (length > maxChars) {
            throw new InvalidInputException(field, "is " + length + " characters; a " + label + " allows at most " + maxChars
                    + " — shorten it by " + (length - maxChars));
        }
    }
}
