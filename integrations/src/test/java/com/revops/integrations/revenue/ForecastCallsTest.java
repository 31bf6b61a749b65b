package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.forecast.CallsForecast.WithCalls;
import com.revops.domain.forecast.DealCall;
import com.revops.domain.forecast.Forecast;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.domain.forecast.ForecastModel;
import com.revops.domain.forecast.Interval;
import com.revops.domain.forecast.MethodScore;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * The operator's calls on a two-contact pipeline, as of 2026-03-20T12:00Z. Nothing has ever moved, so the hazards
 * are PRD-046's priors and a decision contact entered at as_of closes within 30 days with G = 0.1263735027
 * (CloseChancesTest). Both were first contacted in January: no new leads. A: ai_automation $3,500; B: personal_brand
 * $997 (no wins: v(o) is the catalog's). The model: 30 days = (3500 + 997) × 0.1263735027 = 4497 × 0.1263735027 = 568.3016.
 */
class ForecastCallsTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    private static Database db;
    private static UUID a;
    private static UUID b;
    private static ForecastCalls calls;

    @BeforeAll
    static void pipeline() {
        db = TestDatabase.fresh();
        Fixtures f = new Fixtures(db);
        a = f.contact("c-a", "decision", AS_OF, Instant.parse("2026-01-05T00:00:00Z"), "ai_automation");
        b = f.contact("c-b", "decision", AS_OF, Instant.parse("2026-01-06T00:00:00Z"), "personal_brand");
        f.contact("c-won", "closed_won", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-01-07T00:00:00Z"), null);
        calls = new ForecastCalls(db.jdbi());
    }

    @BeforeEach
    void noCalls() {
        db.jdbi().useHandle(h -> h.execute("DELETE FROM revops_forecast_calls"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static WithCalls withCalls() {
        var inputs = new RevenueEngine(db, ZoneOffset.UTC).forecastInputs(AS_OF);
        Forecast model = ForecastModel.withRange(inputs);
        assertThat(model.forecast30().doubleValue()).isCloseTo(4497 * 0.1263735027, within(1e-4)); // 568.30
        return calls.apply(model, inputs);
    }

    @Test
    void commitOnACountsItsWholeDealAndOutOnBDropsIt() {
        calls.set("c-a", Optional.of(DealCall.COMMIT), AS_OF);
        calls.set(b.toString(), Optional.of(DealCall.OUT), AS_OF);

        WithCalls w = withCalls();
        // 568.3016 + 3500 × (1 − G) − 997 × G = 3500 exactly: A's deal, and nothing else can close
        assertThat(w.expected().d30().doubleValue()).isCloseTo(3500, within(1e-6));
        assertThat(w.expected().d90().doubleValue()).isCloseTo(3500, within(1e-6));
        assertThat(w.range().orElseThrow().d30()).isEqualTo(new Interval(new BigDecimal("3500.00"), new BigDecimal("3500.00"),
                new BigDecimal("3500.00")));
        assertThat(w.commits()).isEqualTo(1);
        assertThat(w.outs()).isEqualTo(1);
    }

    @Test
    void upsideKeepsTheModelsExpectedValueAndClearingRemovesTheCall() {
        calls.set("c-a", Optional.of(DealCall.UPSIDE), AS_OF);
        WithCalls w = withCalls();
        // the expected figure stays the model's: 568.3016; the upside beyond it: 3500 × (1 − 0.1263735027) = 3057.69
        assertThat(w.expected().d30().doubleValue()).isCloseTo(568.3016, within(1e-3));
        assertThat(w.upside().d30().doubleValue()).isCloseTo(3500 * (1 - 0.1263735027), within(1e-4));
        // the best case closes A: P90 is at least its $3,500
        assertThat(w.range().orElseThrow().d30().p90()).isGreaterThanOrEqualTo(new BigDecimal("3500"));

        ForecastCalls.Change cleared = calls.set("c-a", Optional.empty(), AS_OF);
        assertThat(cleared.before()).contains(DealCall.UPSIDE);
        assertThat(calls.all()).isEmpty();
        assertThat(withCalls().calls()).isZero();
    }

    @Test
    void unknownAndClosedContactsAreRefusedAndNothingChanges() {
        assertThatThrownBy(() -> calls.set("nobody", Optional.of(DealCall.COMMIT), AS_OF)).isInstanceOf(InvalidInputException.class)
                .hasMessage("CONTACT: no contact with id or external id 'nobody'");
        assertThatThrownBy(() -> calls.set("c-won", Optional.of(DealCall.COMMIT), AS_OF)).isInstanceOf(InvalidInputException.class)
                .hasMessage("CONTACT: Contact c-won is closed_won: a call is for an open deal");
        assertThat(calls.all()).isEmpty();
    }

    @Test
    void theSnapshotStoresTheModelAndTheCallsAndTheLedgerJudgesBoth() {
        calls.set("c-a", Optional.of(DealCall.COMMIT), AS_OF);
        new SnapshotService(db, ZoneOffset.UTC).take(LocalDate.of(2026, 3, 20), AS_OF);
        BigDecimal stored = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT forecast FROM actp_forecast_ledger WHERE snapshot_date = '2026-03-20' AND method = 'with_calls' AND horizon_days = 30""")
                .mapTo(BigDecimal.class).one());
        // 3500 (A committed) + 997 × 0.1263735027 = 3500 + 125.9944 = 3625.99
        assertThat(stored).isEqualByComparingTo("3625.99");
    }

    /*
     * Eight snapshots, 1–8 Jan at midnight: each time the model said $1,000 and the calls $1,500 for 30 days; one
     * $2,000 deal closed on 20 Jan, inside every window (d, d + 30]. Judged as of 1 Mar:
     *   model: WAPE = 8 × |1000 − 2000| ÷ (8 × 2000) = 50%, bias −50%;  with calls: 8 × 500 ÷ 16000 = 25%, bias −25%
     * → the calls did better.
     */
    @Test
    void theAccuracyLedgerTellsWhetherTheCallsBeatTheModel() {
        Database judged = TestDatabase.fresh();
        try {
            UUID won = new Fixtures(judged).contact("w", "closed_won", Instant.parse("2026-01-20T00:00:00Z"), Instant.parse("2025-12-01T00:00:00Z"), null);
            new Fixtures(judged).event(won, "deal_won", "2000", Instant.parse("2026-01-20T00:00:00Z"), null, "twitter", "saas");
            judged.jdbi().useHandle(h -> {
                for (int d = 1; d <= 8; d++) {
                    for (String[] m : new String[][] {{"hazard", "1000"}, {"with_calls", "1500"}}) {
                        h.createUpdate("""
                                        INSERT INTO actp_forecast_ledger (snapshot_date, method, horizon_days, snapshot_at, forecast)
                                        VALUES (:day, :method, 30, :at, CAST(:f AS numeric))""")
                                .bind("day", LocalDate.of(2026, 1, d)).bind("method", m[0])
                                .bind("at", LocalDate.of(2026, 1, d).atStartOfDay().atOffset(ZoneOffset.UTC)).bind("f", m[1]).execute();
                    }
                }
            });
            var table = new ForecastLedger(judged.jdbi()).accuracy(Instant.parse("2026-03-01T00:00:00Z"));
            MethodScore model = table.score(ForecastMethod.HAZARD, 30);
            MethodScore withCalls = table.score(ForecastMethod.WITH_CALLS, 30);
            assertThat(model.wape()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("0.5"));
            assertThat(withCalls.wape()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("0.25"));
            assertThat(withCalls.bias()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("-0.25"));
            assertThat(table.best(30)).contains(ForecastMethod.WITH_CALLS);
        } finally {
            judged.close();
        }
    }
}
