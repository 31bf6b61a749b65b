package com.revops.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.ReportingFixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * The two summary jobs (SPEC §8: offer performance 05:00, attribution daily) fired through Quartz: each fills its
 * table and says how many rows it wrote — the number the Jobs screen shows, never negative.
 */
class SummaryJobsTest {
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    private Database db;
    private Fixtures f;

    /*
     *  revenue: ai_automation × twitter × saas $3,500; (no offer) × linkedin × coaching $997 → 2 offer rows
     *  attribution: a tiktok click and a tiktok purchase (niche saas) → platform tiktok, niche saas, and for each of the 6
 *  other dimensions one row of the events without a value: 8 rows
     */
    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        f = new Fixtures(db);
        UUID a = f.contact("s-a", "closed_won", Instant.parse("2026-03-05T10:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"), "ai_automation");
        f.event(a, "deal_won", "3500", Instant.parse("2026-03-05T10:00:00Z"), "ai_automation", "twitter", "saas");
        f.event(a, "deal_won", "997", Instant.parse("2026-03-06T10:00:00Z"), null, "linkedin", "coaching");
        ReportingFixtures r = new ReportingFixtures(db);
        r.attribution("click", Map.of("platform", "tiktok", "niche", "saas"), null, null, Instant.parse("2026-03-10T10:00:00Z"));
        r.attribution("purchase", Map.of("platform", "tiktok", "niche", "saas"), "9.99", null, Instant.parse("2026-03-11T10:00:00Z"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void bothSummariesAreScheduledAndRunNowFillsThemWithTheCountTheyReport() throws Exception {
        assertThat(ScheduledJob.byKey("attribution-summary")).contains(ScheduledJob.ATTRIBUTION_SUMMARY);
        assertThat(ScheduledJob.ATTRIBUTION_SUMMARY.cron()).contains("0 10 5 * * ?");
        try (RevopsScheduler scheduler = RevopsScheduler.start(new TestContext(db, Clock.fixed(NOW, ZoneOffset.UTC), Optional.empty()),
                "summaries-test")) {
            scheduler.runNow(ScheduledJob.OFFER_PERFORMANCE);
            scheduler.runNow(ScheduledJob.ATTRIBUTION_SUMMARY);
            Instant end = Instant.now().plusSeconds(60);
            while (f.count("SELECT count(*) FROM revops_job_runs WHERE job_name IN ('offer-performance', 'attribution-summary')") < 2
                    && Instant.now().isBefore(end)) {
                Thread.sleep(200);
            }
        }
        assertThat(f.count("SELECT count(*) FROM actp_offer_performance")).isEqualTo(2);
        assertThat(f.text("SELECT status || ': ' || message FROM revops_job_runs WHERE job_name = 'offer-performance'"))
                .isEqualTo("ok: 2 offer × platform × niche rows for 2025-12-20 – 2026-03-20");
        assertThat(f.count("SELECT count(*) FROM actp_attribution_summary")).isEqualTo(8);
        assertThat(f.text("SELECT status || ': ' || message FROM revops_job_runs WHERE job_name = 'attribution-summary'"))
                .isEqualTo("ok: 8 attribution rows (dimension × value) for 2025-12-20 – 2026-03-20");
        // no count the Jobs screen shows is negative (a batched insert used to be summed as -2 per row)
        assertThat(f.texts("SELECT message FROM revops_job_runs")).noneMatch(m -> m.matches("(?s).*(^|\\s)-\\d.*"));
    }
}
