package com.revops.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** The hourly "Ads auto-pause" job, fired through Quartz: it pauses what breaks the rule, alerts, and records its run. */
class AdAutoPauseJobTest {
    private Database db;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_ad_campaigns (source_post_id, platform, status, daily_budget_usd, spend_usd, conversions,
                            approved_at, started_at)
                        VALUES ('ig-dud', 'meta', 'active', 10, :spend, 0, :start, :start)""")
                .bind("spend", new BigDecimal("21.00")).bind("start", SqlTime.bind(Instant.now().minus(Duration.ofHours(30)))).execute());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theJobIsScheduledHourlyAndRunNowPausesTheCampaign() throws Exception {
        assertThat(ScheduledJob.byKey("ad-auto-pause")).contains(ScheduledJob.AD_AUTO_PAUSE);
        assertThat(ScheduledJob.AD_AUTO_PAUSE.cron()).contains("0 5 * * * ?");
        Fixtures f = new Fixtures(db);
        try (RevopsScheduler scheduler = RevopsScheduler.start(new TestContext(db, Clock.systemUTC(), Optional.empty()), "ads-test")) {
            assertThat(scheduler.states()).filteredOn(s -> s.job() == ScheduledJob.AD_AUTO_PAUSE).singleElement()
                    .satisfies(s -> assertThat(s.nextFire()).isPresent());
            scheduler.runNow(ScheduledJob.AD_AUTO_PAUSE);
            Instant end = Instant.now().plusSeconds(30);
            while (f.count("SELECT count(*) FROM revops_job_runs WHERE job_name = 'ad-auto-pause'") == 0 && Instant.now().isBefore(end)) {
                Thread.sleep(200);
            }
        }
        assertThat(f.text("SELECT status || ': ' || message FROM revops_job_runs WHERE job_name = 'ad-auto-pause'"))
                .startsWith("ok: paused ig-dud (meta)");
        assertThat(f.text("SELECT status || ' / ' || paused_reason FROM actp_ad_campaigns"))
                .isEqualTo("paused / Spent $21.00 with no conversion (limit $20); paused automatically.");
        assertThat(f.texts("SELECT alert_type || ':' || subject FROM revops_alerts")).containsExactly("ad_paused:ig-dud (meta)");
    }
}
