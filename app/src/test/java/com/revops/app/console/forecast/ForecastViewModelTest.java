package com.revops.app.console.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.domain.common.Stage;
import com.revops.domain.revenue.ForecastAccuracy;
import com.revops.domain.revenue.ForecastOutcome;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** The Forecast ViewModel on {@link ForecastHistory}; every number worked out there by hand. */
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

    @Test
    void horizonsCountTheContactsExpectedToCloseWithinThem() {
        var forecast = model.forecastProperty().get();
        // only dec (15 days) fits in 30: 3500 × 0.14 = 490
        assertThat(forecast.forecast30()).isEqualByComparingTo("490");
        // aw (36 days) and cold (57 days) join at 60: 490 + 997 × 0.00525 + 1500 × 0.001575 = 490 + 5.23425 + 2.3625
        assertThat(forecast.forecast60()).isEqualByComparingTo("497.59675");
        assertThat(forecast.forecast90()).isEqualByComparingTo("497.59675");
        assertThat(forecast.weightedPipeline()).isEqualByComparingTo("497.59675");
    }

    @Test
    void eachStageShowsItsCloseProbabilityAndExpectedShare() {
        assertThat(model.stages()).extracting(StageChance::stage).containsExactly(Stage.OPEN.toArray(Stage[]::new));
        assertThat(model.stages()).extracting(c -> c.closeProbability().stripTrailingZeros().toPlainString())
                .containsExactly("0.001575", "0.00525", "0.035", "0.14", "0.35");
        // potential × P: 1500 × 0.001575, 997 × 0.00525, nothing, 3500 × 0.14, nothing
        assertThat(model.stages()).extracting(c -> c.expected().stripTrailingZeros().toPlainString())
                .containsExactly("2.3625", "5.23425", "0", "490", "0");
        assertThat(model.stages().stream().map(StageChance::expected).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(model.forecastProperty().get().weightedPipeline());
    }

    @Test
    void historyHoldsEverySnapshotNewestFirstAndAccuracyJudgesTheFinishedOnes() {
        assertThat(model.outcomes()).extracting(o -> o.snapshotDate().toString()).containsExactly("2026-03-10", "2026-02-01", "2026-01-10");
        assertThat(model.outcomes()).extracting(o -> o.closed().stripTrailingZeros().toPlainString()).containsExactly("250", "400", "800");
        assertThat(model.outcomes()).extracting(ForecastOutcome::judged).containsExactly(false, true, true);
        assertThat(model.outcomes().get(0).windowEnd()).isEqualTo(LocalDate.parse("2026-04-09"));
        // |1000 − 800| + |600 − 400| = 400 over 1200 closed; bias (200 + 200) ÷ 1200; MAPE (200/800 + 200/400) ÷ 2
        assertThat(model.wapeProperty().get()).isEqualTo("33.3%");
        assertThat(model.biasProperty().get()).isEqualTo("+33.3%");
        assertThat(model.mapeProperty().get()).isEqualTo("37.5%");
        assertThat(model.judgedProperty().get()).isEqualTo("2 judged · 1 still inside their 30 days");
        assertThat(model.accuracyWordsProperty().get()).isEqualTo("The 2 judged 30-day forecasts expected $1,600 in all; $1,200 closed. "
                + "Overall they ran 33.3% high (bias); the misses added up to 33.3% of what closed (WAPE); "
                + "a single day's forecast was off by 37.5% on average (MAPE).");
    }

    @Test
    void accuracyInPlainWordsWhenLowAboutRightOrNotYetJudged() {
        // forecast 900 against 1000 closed: bias −100 ÷ 1000
        String low = AccuracyWords.describe(ForecastAccuracy.of(List.of(point("900", "1000"))));
        assertThat(low).startsWith("The one judged 30-day forecast expected $900 in all; $1,000 closed.")
                .contains("ran 10.0% low (bias)");
        // 1020 against 1000: +2%, within 5%
        assertThat(AccuracyWords.describe(ForecastAccuracy.of(List.of(point("1020", "1000")))))
                .contains("about right (bias +2.0%)");
        assertThat(AccuracyWords.describe(ForecastAccuracy.of(List.of(point("500", "0")))))
                .contains("Nothing closed in the 30 days after any of them");
        assertThat(AccuracyWords.describe(ForecastAccuracy.of(List.of()))).startsWith("No forecast can be judged yet");
    }

    private static ForecastAccuracy.Point point(String forecast, String actual) {
        return new ForecastAccuracy.Point(LocalDate.parse("2026-01-01"), new BigDecimal(forecast), new BigDecimal(actual));
    }
}
