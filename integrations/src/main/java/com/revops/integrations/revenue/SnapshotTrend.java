package com.revops.integrations.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.db.Database;
import com.revops.integrations.db.DatabaseErrors;

/**
 * The dashboard's sparklines (SPEC §6): pipeline value, 30-day forecast and MTD revenue of the last
 * daily snapshots up to a day, oldest first. Days without a snapshot are simply absent (a sparkline of
 * what was recorded, never interpolated); a value the snapshot did not record is empty.
 */
public final class SnapshotTrend {
    /** How many daily snapshots a sparkline shows. */
    public static final int DAYS = 30;
    private final Jdbi jdbi;

    public SnapshotTrend(Database database) {
        this.jdbi = database.jdbi();
    }

    /** The last {@code count} snapshots taken for days up to and including {@code lastDay}, oldest first. */
    public List<Point> upTo(LocalDate lastDay, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        List<Point> newestFirst = DatabaseErrors.withHandle(jdbi, "Reading the snapshot trend", h -> h.createQuery("""
                        SELECT snapshot_date, total_pipeline, forecast_30d, revenue_mtd
                          FROM actp_pipeline_snapshots
                         WHERE snapshot_date <= :lastDay
                         ORDER BY snapshot_date DESC
                         LIMIT :count""")
                .bind("lastDay", lastDay).bind("count", count)
                .map((rs, ctx) -> new Point(rs.getObject("snapshot_date", LocalDate.class),
                        Optional.ofNullable(rs.getBigDecimal("total_pipeline")),
                        Optional.ofNullable(rs.getBigDecimal("forecast_30d")),
                        Optional.ofNullable(rs.getBigDecimal("revenue_mtd"))))
                .list());
        List<Point> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return List.copyOf(oldestFirst);
    }

    /** One day's recorded figures. */
    public record Point(LocalDate day, Optional<BigDecimal> pipeline, Optional<BigDecimal> forecast30, Optional<BigDecimal> mtdRevenue) {
    }
}
