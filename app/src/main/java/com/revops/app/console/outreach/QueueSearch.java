package com.revops.app.console.outreach;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.revops.integrations.outreach.PendingItem;

/** What the Outreach search matches: the recipient's name, handle and niche, the Upwork job's title and client, the platform and the message. */
final class QueueSearch {
    private QueueSearch() {
    }

    /** Whether the item holds {@code text} (case-insensitive); a blank search matches everything. */
    static boolean matches(PendingItem p, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return true;
        }
        Stream<Optional<String>> fields = Stream.of(
                p.contact().flatMap(c -> c.name()), p.contact().flatMap(c -> c.handle()), p.contact().flatMap(c -> c.niche()),
                p.job().flatMap(j -> j.title()), p.job().flatMap(j -> j.clientName()), p.item().platform(),
                Optional.of(p.item().channel().label()), Optional.of(p.item().message()));
        return fields.flatMap(Optional::stream).anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(wanted));
    }
}
