package com.revops.app.console.outreach;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.revops.integrations.outreach.PendingItem;

/**
 * The outreach queue's search: an item is shown when every word typed is found, ignoring case, in its recipient
 * (name, handle, platform, niche, offer), its Upwork job (title, client) or its text. An empty search shows all.
 */
final class QueueSearch {
    private QueueSearch() {
    }

    static boolean matches(PendingItem p, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        String haystack = Stream.of(
                        p.contact().flatMap(c -> c.name()), p.contact().flatMap(c -> c.handle()), p.contact().flatMap(c -> c.platform()),
                        p.contact().flatMap(c -> c.niche()), p.contact().flatMap(c -> c.offer()),
                        p.job().flatMap(j -> j.title()), p.job().flatMap(j -> j.clientName()),
                        Optional.of(p.item().textToSend()), Optional.of(p.item().channel().label()))
                .flatMap(Optional::stream).map(s -> s.toLowerCase(Locale.ROOT)).reduce("", (a, b) -> a + "\n" + b);
        return Stream.of(q.split("\\s+")).allMatch(haystack::contains);
    }
}
