package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.revops.domain.forecast.AccuracyTable;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.domain.forecast.MethodScore;
import com.revops.integrations.db.Database;
import com.revops.integrations.revenue.synthetic.SyntheticHistory;
import com.revops.integrations.revenue.synthetic.SyntheticProcess;
import com.revops.integrations.testing.TestDatabase;

/**
 * The forecast judged by backtest on synthetic histories with a known process (silent deaths, skipped stages,
 * discounts, custom deals, retainers, a growing or flat lead flow), each generated into a real PostgreSQL and
 * backtested at ≥ 40 instants from the history alone: the hazard method must beat the run rate by 15% in WAPE
 * at 30 days, stay within ±15% bias, have its P10–P90 range cover 60–95% of what closed, and forecast more at
 * 90 than at 60 days whenever leads arrived in the trailing 28 days.
 */
class ForecastBacktestTest {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    static Stream<Arguments> histories() {
        SyntheticProcess base = SyntheticProcess.baseline(11);
        return Stream.of(
                Arguments.of("baseline", base),
                Arguments.of("baseline, another seed", base.withSeed(4242)),
                Arguments.of("fast growth, many silent deaths, many skips", new SyntheticProcess(23, 240, 60, 0.004,
                        new double[] {0.5, 0.3, 0.2}, new double[] {0.12, 0.06, 0.05, 0.10, 0.20},
                        new double[] {0.06, 0.05, 0.04, 0.04, 0.10}, new double[] {0.07, 0.06, 0.05, 0.04, 0.02},
                        0.18, 4.0, 0.3, 0.2, 0.05, 0.6, 0.08)),
                Arguments.of("slow growth, slow stages, deep discounts", new SyntheticProcess(37, 300, 45, 0.002,
                        new double[] {0.8, 0.15, 0.05}, new double[] {0.07, 0.04, 0.035, 0.07, 0.12},
                        new double[] {0.06, 0.05, 0.04, 0.05, 0.10}, new double[] {0.03, 0.02, 0.02, 0.015, 0.01},
                        0.04, 1000, 0.35, 0.25, 0.15, 0.4, 0.04)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void theHazardForecastBeatsTheRunRateWithAnHonestRange(String name, SyntheticProcess process) {
        try (Database db = TestDatabase.fresh()) {
            SyntheticHistory.Summary summary = SyntheticHistory.write(db, process, NOW);
            RevenueEngine engine = new RevenueEngine(db, ZoneOffset.UTC);
            // the defaults of --forecast --backtest: from 90 days after the first contact, every 3 days

            ForecastBacktest.Result result = new ForecastBacktest(db.jdbi(), engine).run(NOW, Optional.empty(),
                    ForecastBacktest.DEFAULT_EVERY_DAYS, true);

            AccuracyTable table = result.table();
            MethodScore hazard = table.score(ForecastMethod.HAZARD, 30);
            MethodScore runRate = table.score(ForecastMethod.RUN_RATE, 30);
            String report = name + ": " + summary + "\n" + describe(table);
            System.out.println(report);
            assertThat(hazard.points()).as(report).isGreaterThanOrEqualTo(40);
            assertThat(hazard.wape().orElseThrow()).as(report)
                    .isLessThanOrEqualTo(runRate.wape().orElseThrow().multiply(new BigDecimal("0.85")));
            assertThat(hazard.bias().orElseThrow().abs()).as(report).isLessThanOrEqualTo(new BigDecimal("0.15"));
            assertThat(hazard.coverage().orElseThrow()).as(report).isBetween(new BigDecimal("0.60"), new BigDecimal("0.95"));
            for (ForecastBacktest.Point point : result.points()) {
                if (point.forecast().newLeads().d90().signum() > 0) {
                    assertThat(point.forecast().forecast90()).as("%s at %s", name, point.at()).isGreaterThan(point.forecast().forecast60());
                }
            }
        }
    }

    /*
     * A stationary process (flat lead flow, no warmth): the trailing run rate is unbiased here, and both methods sit near
     * the noise of what actually closes (about 60 deals a month), so the hazard cannot be expected to beat it by 15%; it
     * must still be no worse, unbiased within ±15%, with an honest range.
     */
    @Test
    void onAStationaryProcessTheHazardForecastIsNoWorseThanTheRunRate() {
        SyntheticProcess flat = new SyntheticProcess(5, 300, 40, 0.0,
                new double[] {0.6, 0.3, 0.1}, new double[] {0.09, 0.06, 0.05, 0.08, 0.15},
                new double[] {0.07, 0.05, 0.05, 0.06, 0.10}, new double[] {0.03, 0.03, 0.02, 0.02, 0.02},
                0.1, 1000, 0.2, 0.2, 0.1, 0.5, 0.05);
        try (Database db = TestDatabase.fresh()) {
            SyntheticHistory.Summary summary = SyntheticHistory.write(db, flat, NOW);
            ForecastBacktest.Result result = new ForecastBacktest(db.jdbi(), new RevenueEngine(db, ZoneOffset.UTC)).run(NOW,
                    Optional.empty(), ForecastBacktest.DEFAULT_EVERY_DAYS, true);

            MethodScore hazard = result.table().score(ForecastMethod.HAZARD, 30);
            String report = "flat: " + summary + "\n" + describe(result.table());
            System.out.println(report);
            assertThat(hazard.points()).as(report).isGreaterThanOrEqualTo(40);
            assertThat(hazard.wape().orElseThrow()).as(report)
                    .isLessThanOrEqualTo(result.table().score(ForecastMethod.RUN_RATE, 30).wape().orElseThrow());
            assertThat(hazard.bias().orElseThrow().abs()).as(report).isLessThanOrEqualTo(new BigDecimal("0.15"));
            assertThat(hazard.coverage().orElseThrow()).as(report).isBetween(new BigDecimal("0.60"), new BigDecimal("0.95"));
        }
    }

    private static String describe(AccuracyTable table) {
        StringBuilder b = new StringBuilder();
        for (ForecastMethod m : ForecastMethod.MODELS) {
            for (int h : new int[] {30, 60, 90}) {
                MethodScore s = table.score(m, h);
                b.append(String.format("  %-15s %2d d: n=%d WAPE %s bias %s covered %s%n", m.code(), h, s.points(),
                        s.wape().map(w -> w.setScale(3, java.math.RoundingMode.HALF_UP)).orElse(null),
                        s.bias().map(w -> w.setScale(3, java.math.RoundingMode.HALF_UP)).orElse(null),
                        s.coverage().map(w -> w.setScale(3, java.math.RoundingMode.HALF_UP)).orElse(null)));
            }
        }
        return b.toString();
    }
}
