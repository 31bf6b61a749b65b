package com.revops.integrations.sora;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** Sora jobs on a real database: their cost in the credit ledger (the V14 trigger) and the stuck-job alert. */
class SoraJobsTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private Database db;
    private Fixtures f;
    private SoraJobs sora;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        f = new Fixtures(db);
        sora = new SoraJobs(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UUID job(String status, String cost, Instant created, Instant started) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO actp_sora_jobs (prompt, style, duration_seconds, status, cost_usd, created_at, started_at)
                        VALUES ('A founder''s desk at dawn', 'cinematic', 10, :status, :cost, :created, :started) RETURNING id""")
                .bind("status", status).bind("cost", cost == null ? null : new BigDecimal(cost)).bind("created", SqlTime.bind(created))
                .bind("started", started == null ? null : SqlTime.bind(started)).mapTo(UUID.class).one());
    }

    @Test
    void eachJobsCostIsOneLedgerRowOfSoraGenerationKeptEqualToTheJob() {
        UUID done = job("completed", "1.2000", NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(5)));
        job("processing", null, NOW.minus(Duration.ofMinutes(30)), NOW.minus(Duration.ofMinutes(30)));
        db.jdbi().useHandle(h -> h.execute("UPDATE actp_sora_jobs SET cost_usd = 1.4400 WHERE id = '" + done + "'"));
        job("failed", "0.3000", NOW.minus(Duration.ofHours(2)), null);

        assertThat(f.texts("SELECT task_type || ' ' || model || ' ' || cost_usd FROM actp_credit_usage ORDER BY cost_usd"))
                .containsExactly("sora_generation sora 0.3000", "sora_generation sora 1.4400");
        // 1.44 + 0.30 = 1.74 in the ledger since midnight
        assertThat(sora.ledgerCost(Instant.parse("2026-03-02T00:00:00Z"), NOW)).isEqualByComparingTo("1.74");
        assertThat(sora.countsByStatus()).containsExactly(java.util.Map.entry("completed", 1L), java.util.Map.entry("failed", 1L),
                java.util.Map.entry("processing", 1L));
    }

    @Test
    void aJobUnfinishedForMoreThanAnHourIsStuck() {
        job("processing", null, NOW.minus(Duration.ofMinutes(75)), NOW.minus(Duration.ofMinutes(61)));   // 61 min: stuck
        job("queued", null, NOW.minus(Duration.ofMinutes(60)), null);                                    // exactly 1 h: not yet
        job("completed", "1.0000", NOW.minus(Duration.ofHours(9)), NOW.minus(Duration.ofHours(9)));      // finished

        assertThat(sora.stuckAlerts(NOW)).singleElement().satisfies(a -> {
            assertThat(a.type().code()).isEqualTo("sora_job_stuck");
            assertThat(a.message()).endsWith(" has been processing for 1 h 1 min");
        });
    }
}
