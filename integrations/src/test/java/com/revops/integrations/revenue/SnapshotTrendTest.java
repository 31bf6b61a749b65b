package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/**
 * The sparklines' data: snapshots for days 1–35 from 1 Oct (pipeline = 1,000 × day, forecast = 100 × day,
 * MTD = 10 × day), day 12 missing, day 20 with only its date (MTD takes its column default 0). Up to 31 Oct
 * there are 31 − 1 = 30 recorded days: exactly 1 Oct to 31 Oct without the 12th, oldest first; 1–4 Nov are
 * after the last day and left out. Day 31: forecast 100 × 31 = 3,100, MTD 10 × 31 = 310.
 */
class SnapshotTrendTest {
    private static Database db;

    @BeforeAll
    static void history() {
        db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> {
            for (int day = 1; day <= 35; day++) {
                LocalDate date = LocalDate.of(2026, 10, 1).plusDays(day - 1);
                if (day == 12) {
                    continue;
                }
                if (day == 20) {
                    h.execute("INSERT INTO actp_pipeline_snapshots (snapshot_date) VALUES (?)", date);
                    continue;
                }
                h.execute("INSERT INTO actp_pipeline_snapshots (snapshot_date, total_pipeline, forecast_30d, revenue_mtd) VALUES (?, ?, ?, ?)",
                        date, new BigDecimal(1000 * day), new BigDecimal(100 * day), new BigDecimal(10 * day));
            }
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theLastThirtyRecordedDaysUpToTheDayOldestFirst() {
        List<SnapshotTrend.Point> points = new SnapshotTrend(db).upTo(LocalDate.of(2026, 10, 31), 30);

        assertThat(points).hasSize(30);
        assertThat(points.get(0).day()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(points.get(0).pipeline()).contains(new BigDecimal("1000.00"));
        assertThat(points.get(29).day()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(points.get(29).forecast30()).contains(new BigDecimal("3100.00"));
        assertThat(points.get(29).mtdRevenue()).contains(new BigDecimal("310.00"));
        assertThat(points).extracting(SnapshotTrend.Point::day).doesNotContain(LocalDate.of(2026, 10, 12));
        SnapshotTrend.Point blank = points.stream().filter(p -> p.day().equals(LocalDate.of(2026, 10, 20))).findFirst().orElseThrow();
        assertThat(blank.pipeline()).isEqualTo(Optional.empty());
        assertThat(blank.mtdRevenue()).isEqualTo(Optional.of(BigDecimal.ZERO.setScale(2)));
    }

    @Test
    void fewerSnapshotsThanAskedGivesWhatThereIs() {
        // 1–5 Oct: five rows
        assertThat(new SnapshotTrend(db).upTo(LocalDate.of(2026, 10, 5), 30)).hasSize(5);
        assertThat(new SnapshotTrend(db).upTo(LocalDate.of(2026, 9, 30), 30)).isEmpty();
    }

    @Test
    void aCountBelowOneIsRefused() {
        assertThatThrownBy(() -> new SnapshotTrend(db).upTo(LocalDate.of(2026, 10, 5), 0))
                .hasMessageContaining("count");
    }
}
