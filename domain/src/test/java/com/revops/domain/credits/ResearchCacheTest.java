package com.revops.domain.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ResearchCacheTest {
    private static final Instant UPDATED = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void underTwentyFourHoursIsFreshAndExactlyTwentyFourIsStale() {
        ResearchCache.Freshness fresh = ResearchCache.check("ai_automation", Optional.of(UPDATED), Instant.parse("2026-03-02T07:59:00Z"));
        assertThat(fresh.fresh()).isTrue();
        assertThat(fresh.note()).isEqualTo("fresh: 'ai_automation' updated 23 h 59 min ago (under 24 h): use the cache");
        ResearchCache.Freshness stale = ResearchCache.check("ai_automation", Optional.of(UPDATED), Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(stale.fresh()).isFalse();
        assertThat(stale.note()).isEqualTo("stale: 'ai_automation' updated 24 h 0 min ago (24 h or more): refresh it");
    }

    @Test
    void aTopicWithoutItemsIsNotFresh() {
        ResearchCache.Freshness none = ResearchCache.check("poetry", Optional.empty(), UPDATED);
        assertThat(none.fresh()).isFalse();
        assertThat(none.note()).isEqualTo("no items for topic 'poetry'");
    }

    @Test
    void oldItemsAreDescribedInDays() {
        assertThat(ResearchCache.check("saas", Optional.of(UPDATED), Instant.parse("2026-03-05T10:00:00Z")).note())
                .startsWith("stale: 'saas' updated 4 d 2 h ago");
    }
}
