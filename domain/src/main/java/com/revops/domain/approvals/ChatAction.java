package com.revops.domain.approvals;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a button in the approval chat asks for, written as one character in its callback data.
 * The subject of each is an outreach item, a proposed edit, a digest (its "approve all") or an ad
 * campaign proposal.
 */
public enum ChatAction {
    APPROVE('a', Subject.ITEM),
    REJECT('r', Subject.ITEM),
    EDIT('e', Subject.ITEM),
    UNDO('u', Subject.ITEM),
    EDIT_APPROVE('c', Subject.EDIT),
    EDIT_SAVE('s', Subject.EDIT),
    EDIT_CANCEL('x', Subject.EDIT),
    ALL_ASK('A', Subject.DIGEST),
    ALL_CONFIRM('Y', Subject.DIGEST),
    ALL_CANCEL('N', Subject.DIGEST),
    ALL_UNDO('U', Subject.DIGEST),
    AD_ASK('p', Subject.CAMPAIGN),
    AD_LAUNCH('P', Subject.CAMPAIGN),
    AD_REJECT('q', Subject.CAMPAIGN),
    AD_CANCEL('n', Subject.CAMPAIGN);

    /** What a button acts on. */
    public enum Subject {
        ITEM, EDIT, DIGEST, CAMPAIGN
    }

    private final char code;
    private final Subject subject;

    ChatAction(char code, Subject subject) {
        this.code = code;
        this.subject = subject;
    }

    public char code() {
        return code;
    }

    public Subject subject() {
        return subject;
    }

    public static Optional<ChatAction> fromCode(char code) {
        return Arrays.stream(values()).filter(a -> a.code == code).findFirst();
    }
}
