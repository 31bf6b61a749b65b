package com.revops.integrations.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.revops.domain.attribution.AttributionDimension;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;

/** Terse inserts for the reporting tables: pipeline snapshots and attribution events. */
public final class ReportingFixtures {
    private final Database db;

    public ReportingFixtures(Database db) {
        this.db = db;
    }

    /** A stored daily snapshot with only its 30-day forecast set. */
    public void snapshot(LocalDate day, String forecast30) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO actp_pipeline_snapshots (snapshot_date, forecast_30d) VALUES (:d, :f)")
                .bind("d", day).bind("f", new BigDecimal(forecast30)).execute());
    }

    /**
     * An attribution event of {@code type} with the given dimension values (column → value, e.g.
     * {@code "platform" → "tiktok"}); {@code revenue} and {@code cost} may be null.
     */
    public void attribution(String type, Map<String, String> dimensions, String revenue, String cost, Instant at) {
        dimensions.keySet().forEach(column -> AttributionDimension.parse("column", column));
        StringBuilder columns = new StringBuilder("event_type, revenue_usd, cost_usd, created_at");
        StringBuilder values = new StringBuilder(":type, :revenue, :cost, :at");
        dimensions.keySet().forEach(column -> {
            columns.append(", ").append(column);
            values.append(", :").append(column);
        });
        db.jdbi().useHandle(h -> {
            var update = h.createUpdate("INSERT INTO actp_attribution_events (" + columns + ") VALUES (" + values + ")")
                    .bind("type", type).bind("revenue", revenue == null ? null : new BigDecimal(revenue))
                    .bind("cost", cost == null ? null : new BigDecimal(cost)).bind("at", SqlTime.bind(at));
            dimensions.forEach(update::bind);
            update.execute();
        });
    }
}
