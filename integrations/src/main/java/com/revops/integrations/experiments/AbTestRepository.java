package com.revops.integrations.experiments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.SqlTime;

/** Reads {@code actp_ab_tests}: one row per test and variant with its impressions and conversions. */
public final class AbTestRepository {
    private final Jdbi jdbi;

    public AbTestRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every variant, tests started most recently first. */
    public List<AbTestVariant> variants() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT test_name, variant, metric, impressions, conversions, status, started_at, ended_at,
                               max(coalesce(started_at, created_at)) OVER (PARTITION BY test_name) AS test_started
                          FROM actp_ab_tests
                         ORDER BY test_started DESC, test_name, variant""")
                .map((rs, ctx) -> new AbTestVariant(rs.getString("test_name"), rs.getString("variant"),
                        Optional.ofNullable(rs.getString("metric")), rs.getLong("impressions"), rs.getLong("conversions"),
                        rs.getString("status"), SqlTime.read(rs, "started_at"), SqlTime.read(rs, "ended_at")))
                .list());
    }

    /** One variant of an A/B test. */
    public record AbTestVariant(String testName, String variant, Optional<String> metric, long impressions, long conversions,
                                String status, Optional<Instant> startedAt, Optional<Instant> endedAt) {
    }
}
