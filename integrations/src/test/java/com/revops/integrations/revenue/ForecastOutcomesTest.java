package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.domain.revenue.ForecastAccuracy;
import com.revops.domain.revenue.ForecastOutcome;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.ReportingFixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * Each snapshot's 30-day forecast against the deal revenue that closed in the 30 days after its day,
 * as of 2026-03-20T12:00Z in UTC. Worked by hand below.
 */
class ForecastOutcomesTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    private static Database db;
    private static RevenueEngine engine;

    /*
     * deals won: 1 Feb 23:00 $250 · 2 Feb 00:00 $600 · 3 Mar 23:59 $300 · 4 Mar 00:00 $400 · 20 Mar 06:00 $500 ·
     *            20 Mar 18:00 $800 (after as_of); a $200 recurring payment on 10 Feb is not a deal
     * snapshots: 1 Feb  $1,000 → days 2 Feb..3 Mar (to 4 Mar 00:00, exclusive): 600 + 300 = 900, judged
     *            5 Feb  no forecast stored: left out
     *            17 Feb   $700 → 18 Feb..19 Mar: 300 + 400 = 700, judged (over at 20 Mar 00:00)
     *            1 Mar  $2,000 → 2 Mar..31 Mar, not over: so far 300 + 400 + 500 = 1,200
     *            19 Mar   $900 → from 20 Mar, not over: so far 500
     *            20 Mar  $1,100 → today's, its day is not over: left out
     */
    @BeforeAll
    static void history() {
        db = TestDatabase.fresh();
        engine = new RevenueEngine(db, ZoneOffset.UTC);
        Fixtures f = new Fixtures(db);
        UUID c = f.contact("won", "closed_won", Instant.parse("2026-01-20T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), null);
        f.event(c, "deal_won", "250", Instant.parse("2026-02-01T23:00:00Z"), "ai_automation", "twitter", "saas");
        f.event(c, "deal_won", "600", Instant.parse("2026-02-02T00:00:00Z"), "ai_automation", "twitter", "saas");
        f.event(c, "recurring_payment", "200", Instant.parse("2026-02-10T00:00:00Z"), "ai_automation", "twitter", "saas");
        f.event(c, "deal_won", "300", Instant.parse("2026-03-03T23:59:00Z"), "ai_automation", "twitter", "saas");
        f.event(c, "deal_won", "400", Instant.parse("2026-03-04T00:00:00Z"), "ai_automation", "twitter", "saas");
        f.event(c, "deal_won", "500", Instant.parse("2026-03-20T06:00:00Z"), "ai_automation", "twitter", "saas");
        f.event(c, "deal_won", "800", Instant.parse("2026-03-20T18:00:00Z"), "ai_automation", "twitter", "saas");
        ReportingFixtures r = new ReportingFixtures(db);
        r.snapshot(LocalDate.parse("2026-02-01"), "1000");
        db.jdbi().useHandle(h -> h.execute("INSERT INTO actp_pipeline_snapshots (snapshot_date) VALUES ('2026-02-05')"));
        r.snapshot(LocalDate.parse("2026-02-17"), "700");
        r.snapshot(LocalDate.parse("2026-03-01"), "2000");
        r.snapshot(LocalDate.parse("2026-03-19"), "900");
        r.snapshot(LocalDate.parse("2026-03-20"), "1100");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyPastSnapshotWithWhatClosedAfterItJudgedOnceItsThirtyDaysAreOver() {
        List<ForecastOutcome> outcomes = engine.forecastOutcomes(AS_OF);

        assertThat(outcomes).extracting(o -> o.snapshotDate().toString())
                .containsExactly("2026-02-01", "2026-02-17", "2026-03-01", "2026-03-19");
        assertThat(outcomes).extracting(o -> o.forecast().stripTrailingZeros().toPlainString()).containsExactly("1000", "700", "2000", "900");
        assertThat(outcomes).extracting(o -> o.closed().stripTrailingZeros().toPlainString()).containsExactly("900", "700", "1200", "500");
        assertThat(outcomes).extracting(ForecastOutcome::judged).containsExactly(true, true, false, false);
        assertThat(outcomes.get(2).windowEnd()).isEqualTo(LocalDate.parse("2026-03-31"));
    }

    @Test
    void accuracyIsComputedOverTheJudgedOnes() {
        ForecastAccuracy accuracy = engine.forecastAccuracy(AS_OF);
        assertThat(accuracy.points()).extracting(p -> p.snapshotDate().toString()).containsExactly("2026-02-01", "2026-02-17");
        // |1000 − 900| + |700 − 700| = 100 over 900 + 700 = 1600 closed: WAPE = bias = 0.0625
        assertThat(accuracy.wape()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.0625"));
        assertThat(accuracy.bias()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.0625"));
        // MAPE = (100/900 + 0/700) ÷ 2 = 0.0555…
        assertThat(accuracy.mape().orElseThrow().setScale(6, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.055556");
    }
}
