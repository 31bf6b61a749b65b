package com.revops.app.cli;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.credits.ResearchCache;
import com.revops.integrations.credits.CreditRepository;

/**
 * {@code --cache-fresh TOPIC} (SPEC §4 cache-first): exit 0 when the topic's newest market item
 * (updated at or before now, or {@code --as-of}) is under 24 hours old, else 1 — also when the topic
 * has no items. One line says why.
 */
final class CacheFreshCommand implements CliAction {
    /** Not fresh: scrape again. */
    static final int STALE = 1;
    private final String topic;

    CacheFreshCommand(String topic) {
        this.topic = topic;
    }

    @Override
    public int run(CliSession session) {
        if (topic.isBlank()) {
            throw new InvalidInputException("--cache-fresh", "needs a topic (e.g. ai_automation)");
        }
        String name = topic.trim();
        Instant asOf = session.services().clock().instant();
        var updated = session.services().stores().credits().topicUpdatedAt(name, asOf);
        ResearchCache.Freshness freshness = ResearchCache.check(name, updated, asOf);
        if (session.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("topic", name);
            json.put("fresh", freshness.fresh());
            json.put("updated_at", updated.map(Instant::toString).orElse(null));
            json.put("age_seconds", freshness.age().map(java.time.Duration::toSeconds).orElse(null));
            json.put("note", freshness.note());
            json.put("as_of", asOf.toString());
            session.printJson(json);
        } else {
            session.out().println(freshness.note());
        }
        return freshness.fresh() ? ExitCode.OK : STALE;
    }
}
