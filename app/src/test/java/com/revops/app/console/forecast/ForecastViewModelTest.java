package com.revops.app.console.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.domain.common.Stage;
import com.revops.domain.forecast.AgeBucket;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.domain.revenue.ForecastOutcome;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** The Forecast ViewModel on {@link ForecastHistory}; every number worked out there or here by hand. */
class ForecastViewModelTest {
    private static Database db;
    @TempDir
    static Path home;
    private ForecastViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        ForecastHistory.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void load() {
        model = new ForecastViewModel(ForecastHistory.context(db, ForecastHistory.environment(home)));
        model.refresh();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    /*
     * stage_velocity (priors): only dec (15 days) fits in 30: 3500 × 0.14 = 490; aw (36 days) and cold (57 days) join at
     * 60: 490 + 997 × 0.00525 + 1500 × 0.001575 = 497.59675. run_rate: deal_won in the 90 days to 20 Mar:
     * 800 + 400 + 250 = 1450 → 483.33 / 966.67 / 1450.
     */
    @Test
    void theThreeMethodsStandSideBySide() {
        var rows = model.methods();
        assertThat(rows).extracting(MethodRow::method).containsExactly(ForecastMethod.values());
        assertThat(rows.get(1).forecast().d30()).isEqualByComparingTo("490");
        assertThat(rows.get(1).forecast().d60()).isEqualByComparingTo("497.59675");
        assertThat(rows.get(2).forecast().d30().doubleValue()).isCloseTo(1450.0 / 3, within(1e-9));
        assertThat(rows.get(2).forecast().d90()).isEqualByComparingTo("1450");
        assertThat(rows.get(0).forecast()).isEqualTo(model.forecastProperty().get().hazard());
        assertThat(model.forecastProperty().get().weightedPipeline()).isEqualByComparingTo("497.59675");
    }

    /*
     * Nothing has ever moved, so the hazards are PRD-046's priors; dec entered at as_of (no days of its own) and closes
     * within 30 days with G = 0.1263735027 (CloseChancesTest): 3500 × G = 442.3072596, all of decision, under 7 days.
     */
    @Test
    void theHazardHeadlineIsExplainedByStageAgeAndContact() {
        assertThat(model.contributions()).filteredOn(c -> c.stage() == Stage.DECISION).singleElement().satisfies(c -> {
            assertThat(c.age()).isEqualTo(AgeBucket.UNDER_A_WEEK);
            assertThat(c.expected().d30().doubleValue()).isCloseTo(442.3072596, within(1e-6));
        });
        assertThat(model.contacts().get(0).contact()).isEqualTo("dec");
        assertThat(model.contacts().get(0).pClose30()).isCloseTo(0.1263735027, within(1e-9));
        assertThat(model.contacts()).hasSize(3);
        assertThat(model.newLeadsProperty().get()).startsWith("New leads (not in the pipeline yet): $");
    }

    /* ForecastHistory's ledger: hazard WAPE 1800/8400, bias +600/8400; run_rate 1500/8400, −300/8400; stage_velocity 3 points. */
    @Test
    void theMethodWithTheLowestWapeIsMarkedAndShortHistoriesSaySo() {
        var rows = model.methods();
        assertThat(rows).extracting(MethodRow::best).containsExactly(false, false, true, false); // no calls judged yet
        assertThat(rows.get(0).score30().wape().orElseThrow().doubleValue()).isCloseTo(1800.0 / 8400, within(1e-12));
        assertThat(rows.get(0).score30().bias().orElseThrow().doubleValue()).isCloseTo(600.0 / 8400, within(1e-12));
        assertThat(rows.get(2).score30().wape().orElseThrow().doubleValue()).isCloseTo(1500.0 / 8400, within(1e-12));
        assertThat(rows.get(1).score30().points()).isEqualTo(3);
        assertThat(rows.get(1).score30().enough()).isFalse();
        assertThat(model.verdictProperty().get()).isEqualTo(
                "★ Run rate (trailing 90 days) did best at 30 days: off by 17.9% of what closed (WAPE), -3.6% bias, over 9 judged forecasts. "
                + "Your calls vs the model: 0 of 8 judged 30-day forecasts so far (one a day from the midnight snapshot).");
    }

    @Test
    void historyHoldsEverySnapshotNewestFirst() {
        assertThat(model.outcomes()).extracting(o -> o.snapshotDate().toString()).containsExactly("2026-03-10", "2026-02-01", "2026-01-10");
        assertThat(model.outcomes()).extracting(o -> o.closed().stripTrailingZeros().toPlainString()).containsExactly("250", "400", "800");
        assertThat(model.outcomes()).extracting(ForecastOutcome::judged).containsExactly(false, true, true);
        assertThat(model.outcomes().get(0).windowEnd()).isEqualTo(LocalDate.parse("2026-04-09"));
    }

    @Test
    void withoutEnoughJudgedForecastsTheVerdictSaysHowToGetThem() {
        assertThat(ForecastViewModel.verdict(com.revops.domain.forecast.AccuracyTable.of(java.util.List.of())))
                .startsWith("Not enough history yet: 0 of 8 judged 30-day forecasts").contains("./revops --forecast --backtest");
    }
}
