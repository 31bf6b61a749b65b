package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * A business whose open pipeline and month's revenue pass $100M (the SPEC §10 dataset holds about
 * $212M): the daily snapshot is stored, to the cent, like any other.
 */
class LargeBusinessSnapshotTest {
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    private static Database db;

    /*
     * 50 contacts in 'decision' on an offer worth $2,500,000 each: open pipeline 50 × 2,500,000 = $125,000,000.
     * Two deals of $60,000,000.50 closed this morning: revenue today = month to date = 2 × 60,000,000.50 = $120,000,001.00.
     */
    @BeforeAll
    static void business() {
        db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO actp_offers (offer_tag, name, avg_deal_value) VALUES ('enterprise', 'Enterprise', 2500000.00)"));
        Fixtures f = new Fixtures(db);
        for (int i = 0; i < 50; i++) {
            f.contact("big-" + i, "decision", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), "enterprise");
        }
        var won = f.contact("won", "closed_won", Instant.parse("2026-03-20T08:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), "enterprise");
        f.event(won, "deal_won", "60000000.50", Instant.parse("2026-03-20T08:00:00Z"), "enterprise", "linkedin", "saas");
        f.event(won, "deal_won", "60000000.50", Instant.parse("2026-03-20T09:00:00Z"), "enterprise", "linkedin", "saas");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aPipelineOverOneHundredMillionDollarsIsSnapshotToTheCent() {
        SnapshotService.Snapshot taken = new SnapshotService(db, ZoneOffset.UTC).take(LocalDate.parse("2026-03-20"), NOW);

        Map<String, Object> stored = db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT total_pipeline, revenue_today, revenue_mtd, weighted_pipeline, forecast_90d
                          FROM actp_pipeline_snapshots WHERE snapshot_date = '2026-03-20'""")
                .mapToMap().one());
        assertThat((BigDecimal) stored.get("total_pipeline")).isEqualByComparingTo("125000000.00");
        assertThat((BigDecimal) stored.get("revenue_today")).isEqualByComparingTo("120000001.00");
        assertThat((BigDecimal) stored.get("revenue_mtd")).isEqualByComparingTo("120000001.00");
        assertThat((BigDecimal) stored.get("weighted_pipeline")).isEqualByComparingTo(taken.weightedPipeline().setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat((BigDecimal) stored.get("forecast_90d")).isEqualByComparingTo(taken.forecast90().setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
