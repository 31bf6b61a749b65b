package com.revops.app.console.outreach;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.outreach.OutreachQueue;

/**
 * The operator's decisions in this session, newest on top: what "u" takes back. An edit-and-approve
 * is two decisions (the approval on top), as it is two rows in the audit log; a bulk approval is one
 * decision over all its items.
 */
final class SessionDecisions {
    private final Deque<Decision> stack = new ArrayDeque<>();

    void push(List<UUID> items, String what) {
        stack.push(new Decision(List.copyOf(items), what));
    }

    Optional<Decision> takeLatest() {
        return Optional.ofNullable(stack.poll());
    }

    /**
     * Undoes the decision on each of its items; returns why some could not be undone (the worker
     * sent one meanwhile, say). Refused as a whole when none could.
     */
    static List<String> undo(OutreachQueue queue, Decision decision, String actor, Instant at) {
        List<String> refused = new ArrayList<>();
        for (UUID id : decision.items()) {
            try {
                queue.undo(id, actor, at);
            } catch (InvalidInputException e) {
                refused.add(e.problem());
            }
        }
        if (refused.size() == decision.items().size()) {
            throw new InvalidInputException("undo", String.join("; ", refused));
        }
        return refused;
    }

    /** One decision: the items it touched and how the status line names it ("approval of 3 messages"). */
    record Decision(List<UUID> items, String what) {
    }
}
