package com.revops.app.console.forecast;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import com.revops.app.App;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.UiExecutor;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.ReportingFixtures;

/**
 * Open contacts with no history (so the rates are PRD-046's priors) and three stored snapshots,
 * as of 2026-03-20T12:00Z (UTC). The Forecast tests work out every figure from it by hand.
 * <pre>
 *  dec    decision since as_of (0 days), ai_automation $3,500:     P = 0.40 × 0.35 = 0.14, remaining 10 + 5 = 15 days
 *  aw     awareness since 1 Mar (19 days), personal_brand $997:    P = 0.15 × 0.25 × 0.40 × 0.35 = 0.00525,
 *                                                                   remaining max(0, 14 − 19) + 21 + 10 + 5 = 36 days
 *  cold   cold since 20 Mar 00:00 (0 days), creator_growth $1,500: P = 0.30 × 0.00525 = 0.001575, remaining 57 days
 *  won    closed_won, no transitions; deals won: 20 Jan $800, 15 Feb $400, 15 Mar $250
 *  snapshots: 10 Jan forecast $1,000 (30 days after: 11 Jan..9 Feb → $800, judged)
 *             1 Feb  forecast $600   (2 Feb..3 Mar → $400, judged)
 *             10 Mar forecast $900   (11 Mar..9 Apr, not over: $250 so far)
 *  ledger (30-day forecasts made at midnight after each day D, judged on (D+1, D+31]):
 *             D = 10..15 Jan → $800 closed (20 Jan); D = 16..18 Jan → $1,200 (20 Jan and 15 Feb 10:00)
 *             hazard $1,000 on 10..18 Jan:        |e| 6 × 200 + 3 × 200 = 1,800; Σe = 1,200 − 600 = +600; ΣA = 8,400
 *             run_rate $900 on 10..18 Jan:        |e| 6 × 100 + 3 × 300 = 1,500; Σe = 600 − 900 = −300
 *             stage_velocity $700 on 16..18 Jan:  3 judged points only
 *             → hazard WAPE 21.4%, bias +7.1%; run_rate WAPE 17.9%, bias −3.6% (the best); stage_velocity not enough history
 * </pre>
 */
final class ForecastHistory {
    static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");

    private ForecastHistory() {
    }

    static void write(Database db) {
        Fixtures f = new Fixtures(db);
        f.contact("dec", "decision", AS_OF, Instant.parse("2026-03-01T00:00:00Z"), "ai_automation");
        f.contact("aw", "awareness", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"), "personal_brand");
        f.contact("cold", "cold", Instant.parse("2026-03-20T00:00:00Z"), Instant.parse("2026-03-20T00:00:00Z"), "creator_growth");
        UUID won = f.contact("won", "closed_won", Instant.parse("2026-01-20T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"), null);
        f.event(won, "deal_won", "800", Instant.parse("2026-01-20T10:00:00Z"), "safari_automation", "linkedin", "saas");
        f.event(won, "deal_won", "400", Instant.parse("2026-02-15T10:00:00Z"), "safari_automation", "linkedin", "saas");
        f.event(won, "deal_won", "250", Instant.parse("2026-03-15T10:00:00Z"), "safari_automation", "linkedin", "saas");
        ReportingFixtures r = new ReportingFixtures(db);
        r.snapshot(LocalDate.parse("2026-01-10"), "1000");
        r.snapshot(LocalDate.parse("2026-02-01"), "600");
        r.snapshot(LocalDate.parse("2026-03-10"), "900");
        for (int day = 10; day <= 18; day++) {
            ledger(db, LocalDate.of(2026, 1, day), "hazard", "1000");
            ledger(db, LocalDate.of(2026, 1, day), "run_rate", "900");
            if (day >= 16) {
                ledger(db, LocalDate.of(2026, 1, day), "stage_velocity", "700");
            }
        }
    }

    private static void ledger(Database db, LocalDate day, String method, String forecast) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_forecast_ledger (snapshot_date, method, horizon_days, snapshot_at, forecast)
                        VALUES (:day, :method, 30, :at, CAST(:forecast AS numeric))""")
                .bind("day", day).bind("method", method).bind("at", day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .bind("forecast", forecast).execute());
    }

    static RevopsEnvironment environment(Path home) {
        return new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"), "linux", home);
    }

    static ConsoleContext context(Database db, RevopsEnvironment env) {
        return new ConsoleContext(App.onDatabase(env, Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC, db), UiExecutor.direct());
    }
}
