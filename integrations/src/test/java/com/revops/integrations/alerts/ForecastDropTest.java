package com.revops.integrations.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertType;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.testing.ReportingFixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * forecast_drop compares today's hazard forecast_30 with the hazard forecast_30 the accuracy ledger holds for the latest
 * snapshot before today — not with a snapshot's forecast_30d, which before the hazard method held stage_velocity's figure.
 */
class ForecastDropTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabase.fresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void ledger(String day, String method, String forecast) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_forecast_ledger (snapshot_date, method, horizon_days, snapshot_at, forecast)
                        VALUES (:day, :method, 30, :at, CAST(:forecast AS numeric))""")
                .bind("day", LocalDate.parse(day)).bind("method", method)
                .bind("at", SqlTime.bind(LocalDate.parse(day).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .bind("forecast", forecast).execute());
    }

    private List<Alert> drops() {
        return new AlertCheck(db, ZoneOffset.UTC).evaluate(AS_OF).stream().filter(a -> a.type() == AlertType.FORECAST_DROP).toList();
    }

    @Test
    void aSnapshotFromBeforeTheLedgerDoesNotFire() {
        // yesterday's snapshot says $5,000 (the old method); no ledger row: nothing to compare the hazard headline with
        new ReportingFixtures(db).snapshot(LocalDate.parse("2026-03-19"), "5000");

        assertThat(drops()).isEmpty();
    }

    @Test
    void theHazardHeadlineOfTheLatestLedgerDayIsTheYardstick() {
        // 18 March: hazard $1,000; 19 March: only stage_velocity (ignored). Today, an empty pipeline forecasts $0:
        // 0 < 80% of $1,000 → down 100%
        ledger("2026-03-18", "hazard", "1000");
        ledger("2026-03-19", "stage_velocity", "9999");

        assertThat(drops()).singleElement().satisfies(a -> assertThat(a.message()).contains("$1,000 → $0").contains("down 100%"));
    }
}
