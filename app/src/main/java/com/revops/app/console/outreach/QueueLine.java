package com.revops.app.console.outreach;

import java.util.List;

import com.revops.domain.outreach.OutreachChannel;
import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.outreach.PendingItem;

/** One line of the queue list: a channel's heading, or an item waiting for review under it. */
public sealed interface QueueLine {

    /** "LinkedIn — 30 waiting". */
    record Heading(OutreachChannel channel, int waiting) implements QueueLine {
        public String text() {
            return channel.label() + " — " + waiting + " waiting";
        }
    }

    /** An item waiting for review. */
    record Entry(PendingItem pending) implements QueueLine {
        public OutreachItem item() {
            return pending.item();
        }
    }

    /**
     * The index of the next item from {@code from} going {@code step} (+1 down, −1 up), skipping
     * headings; {@code from} itself when there is none further that way. From −1 going down: the first item.
     */
    static int nextItem(List<QueueLine> lines, int from, int step) {
        for (int i = from + step; i >= 0 && i < lines.size(); i += step) {
            if (lines.get(i) instanceof Entry) {
                return i;
            }
        }
        return from;
    }
}
