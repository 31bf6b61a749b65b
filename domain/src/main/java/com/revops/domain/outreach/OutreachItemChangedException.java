package com.revops.domain.outreach;

import java.util.UUID;

import com.revops.domain.common.InvalidInputException;

/**
 * An outreach item changed between reading it and acting on it (another window, the worker, a
 * second copy of the app): nothing was changed; the operator reloads and decides again.
 */
public class OutreachItemChangedException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public OutreachItemChangedException(UUID item, String now) {
        super(ApprovalRules.FIELD, "item " + item + " was changed meanwhile (it is now " + now + "); nothing was changed — reload it and try again");
    }
}
