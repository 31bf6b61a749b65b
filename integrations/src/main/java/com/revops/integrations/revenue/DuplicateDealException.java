package com.revops.integrations.revenue;

import java.util.UUID;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Money;

/**
 * A deal that repeats one already recorded — same contact, amount and offer within 24 hours — most
 * likely the same deal logged twice (a command run again, a form saved twice). Nothing was written.
 * The CLI exits 2 naming the earlier deal; {@code --allow-duplicate} (or the console's confirmation)
 * logs it anyway.
 */
public class DuplicateDealException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    public static final String FIELD = "DEAL";
    private final String contactName;
    private final transient DealRecorder.EarlierDeal earlier;

    public DuplicateDealException(String contactName, DealRecorder.EarlierDeal earlier) {
        super(FIELD, "looks like a duplicate: " + contactName + " already has " + describe(earlier)
                + " closed " + earlier.closedAt() + "; if this is another deal, log it with --allow-duplicate");
        this.contactName = contactName;
        this.earlier = earlier;
    }

    public String contactName() {
        return contactName;
    }

    public DealRecorder.EarlierDeal earlier() {
        return earlier;
    }

    /** "deal 5f3a2b1c, deal_won $3,500 (ai_automation)". */
    public static String describe(DealRecorder.EarlierDeal earlier) {
        return "deal " + shortId(earlier.eventId()) + ", " + earlier.eventType() + " " + Money.format(earlier.amount())
                + " (" + earlier.offer() + ")";
    }

    /** The first eight characters of a deal's id, as the operator reads it. */
    static String shortId(UUID id) {
        return id.toString().substring(0, 8);
    }
}
