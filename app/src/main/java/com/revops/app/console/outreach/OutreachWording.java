package com.revops.app.console.outreach;

import java.util.ArrayList;
import java.util.List;

import com.revops.domain.outreach.OutreachChannel;
import com.revops.integrations.outreach.PendingItem;

/** How the queue names items in the status line and the confirmation: in the operator's words. */
final class OutreachWording {
    private OutreachWording() {
    }

    /** Who it goes to: the contact's name (else handle), or the Upwork job's title. */
    static String recipient(PendingItem p) {
        if (p.job().isPresent()) {
            return p.job().get().title().orElse("an Upwork job");
        }
        return p.contact().flatMap(c -> c.name().or(c::handle)).orElse("an unknown contact");
    }

    /** "LinkedIn connection note to Ada Lovelace", "Upwork proposal for “Zapier CRM sync”". */
    static String describe(PendingItem p) {
        String kind = p.item().limit().label();
        return p.job().isPresent() ? kind + " for “" + recipient(p) + "”" : kind + " to " + recipient(p);
    }

    static String messages(int n) {
        return n == 1 ? "1 message" : n + " messages";
    }

    /** "2 LinkedIn, 1 DM, 1 Upwork proposal". */
    static String byChannel(List<PendingItem> items) {
        List<String> parts = new ArrayList<>();
        for (OutreachChannel c : OutreachChannel.values()) {
            long n = items.stream().filter(p -> p.item().channel() == c).count();
            if (n > 0) {
                parts.add(n + " " + switch (c) {
                    case LINKEDIN -> "LinkedIn";
                    case DM -> n == 1 ? "DM" : "DMs";
                    case UPWORK -> n == 1 ? "Upwork proposal" : "Upwork proposals";
                });
            }
        }
        return String.join(", ", parts);
    }
}
