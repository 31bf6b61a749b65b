package com.revops.integrations.approvals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.outreach.ContactCard;
import com.revops.integrations.outreach.PendingItem;
import com.revops.integrations.outreach.UpworkJobCard;

/** The chat's words for times, items and their states (plain text; callers escape for HTML). */
final class Wording {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.US);

    private Wording() {
    }

    /** "08:14" on the day of {@code now}, else "Mar 1 17:40" (in the operator's zone). */
    static String time(Instant at, Instant now, ZoneId zone) {
        boolean today = at.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (today ? TIME : DAY_TIME).format(at.atZone(zone));
    }

    /** "DM to Ada Lovelace", "Upwork proposal for Invoice bot", "LinkedIn connection note". */
    static String describe(OutreachItem item, Optional<String> recipient) {
        String kind = item.limit().label();
        return recipient.map(r -> kind + (item.upworkJobId().isPresent() ? " for " : " to ") + r).orElse(kind);
    }

    static String describe(PendingItem p) {
        return describe(p.item(), recipient(p));
    }

    static Optional<String> recipient(PendingItem p) {
        return p.contact().flatMap(Wording::name).or(() -> p.job().flatMap(UpworkJobCard::title));
    }

    private static Optional<String> name(ContactCard c) {
        return c.name().or(c::handle);
    }

    /** Why an item that is no longer pending cannot be decided again. */
    static String notPending(OutreachItem item, Instant now, ZoneId zone) {
        return switch (item.status()) {
            case APPROVED -> "it is already approved" + item.state().approvedAt().map(a -> " (" + time(a, now, zone) + ")").orElse("")
                    + item.state().approvedBy().map(b -> " by " + b).orElse("");
            case REJECTED -> "it was rejected; re-open it in the console to decide again";
            case SENT -> "it was already sent";
            case FAILED -> "it failed to send; re-open it in the console";
            case PENDING -> "it is pending";
        };
    }
}
