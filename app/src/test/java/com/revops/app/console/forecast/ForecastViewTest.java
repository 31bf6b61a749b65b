package com.revops.app.console.forecast;

import static com.revops.app.console.forecast.ForecastHistory.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.app.Formats;
import com.revops.app.cli.CliTestAccess;
import com.revops.app.console.Theme;
import com.revops.domain.forecast.ForecastWords;
import com.revops.domain.forecast.Interval;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** The Forecast screen in a real (headless) scene shows what {@code --forecast --json} says. */
@ExtendWith(ApplicationExtension.class)
class ForecastViewTest {
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private ForecastViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = ForecastHistory.environment(home);
        ForecastHistory.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(javafx.stage.Stage stage) {
        model = new ForecastViewModel(ForecastHistory.context(db, env));
        Scene scene = new Scene(new ForecastView(model, (screen, focus) -> { }).root(), 1300, 900);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theTilesAndTheFanAreTheCliForecast(FxRobot robot) {
        robot.interact(model::refresh);
        JsonNode json = CliTestAccess.json(db, env, "--forecast", "--json", "--as-of", AS_OF.toString());

        assertThat(value(robot, "#forecast-tile-30")).isEqualTo(Formats.money(json.get("forecast_30").decimalValue()));
        assertThat(value(robot, "#forecast-tile-60")).isEqualTo(Formats.money(json.get("forecast_60").decimalValue()));
        assertThat(value(robot, "#forecast-tile-90")).isEqualTo(Formats.money(json.get("forecast_90").decimalValue()));
        assertThat(value(robot, "#forecast-tile-recurring")).isEqualTo("$0");
        // by hand (ForecastViewModelTest): 3500 × 0.40 × 0.35 + 997 × 0.00525 + 1500 × 0.001575
        assertThat(value(robot, "#forecast-tile-weighted")).isEqualTo("$498") /* 497.60, a tile in whole dollars */;
        assertThat(detail(robot, "#forecast-tile-30")).isEqualTo("likely " + ForecastWords.range(new Interval(
                json.get("interval_30").get("p10").decimalValue(), json.get("interval_30").get("p50").decimalValue(),
                json.get("interval_30").get("p90").decimalValue())));

        AreaChart<?, ?> fan = robot.lookup("#forecast-fan").queryAs(AreaChart.class);
        // P90, P10, P50 and the forecast, each from 0 at today to 30, 60 and 90 days
        assertThat(fan.getData()).extracting(s -> s.getData().size()).containsExactly(4, 4, 4, 4);
        assertThat(((Number) fan.getData().get(0).getData().get(1).getYValue()).doubleValue())
                .isEqualTo(json.get("interval_30").get("p90").doubleValue());
        assertThat(((Number) fan.getData().get(1).getData().get(3).getYValue()).doubleValue())
                .isEqualTo(json.get("interval_90").get("p10").doubleValue());
        assertThat(((Number) fan.getData().get(3).getData().get(2).getYValue()).doubleValue())
                .isEqualTo(json.get("forecast_60").doubleValue(), org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void theMethodTableMarksTheBestAndTheChartsExplainTheHeadline(FxRobot robot) {
        robot.interact(model::refresh);
        JsonNode json = CliTestAccess.json(db, env, "--forecast", "--json", "--as-of", AS_OF.toString());

        TableView<?> methods = robot.lookup("#forecast-methods").queryAs(TableView.class);
        assertThat(methods.getItems()).hasSize(4);
        assertThat(methods.getColumns().get(0).getCellData(2).toString()).isEqualTo("★ Run rate (trailing 90 days)");
        assertThat(methods.getColumns().get(1).getCellData(1).toString()).isEqualTo("$490");
        assertThat(methods.getColumns().get(4).getCellData(0).toString()).isEqualTo("21.4%");
        assertThat(methods.getColumns().get(5).getCellData(0).toString()).isEqualTo("+7.1%");
        assertThat(methods.getColumns().get(4).getCellData(1).toString()).isEqualTo("not enough history");
        JsonNode hazard = json.get("methods").get(0);
        assertThat(hazard.get("wape_30").decimalValue().doubleValue()).isEqualTo(1800.0 / 8400, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(json.get("best_30").asText()).isEqualTo("run_rate");
        assertThat(label(robot, "#forecast-verdict")).startsWith("★ Run rate (trailing 90 days) did best at 30 days");

        StackedBarChart<?, ?> parts = robot.lookup("#forecast-contributions").queryAs(StackedBarChart.class);
        // four age buckets and the new leads; decision, under 7 days: 3500 × 0.1263735 = 442.31
        assertThat(parts.getData()).hasSize(5);
        assertThat(((Number) parts.getData().get(0).getData().get(3).getYValue()).doubleValue())
                .isEqualTo(442.3072596, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(((Number) parts.getData().get(4).getData().get(0).getYValue()).doubleValue())
                .isEqualTo(json.get("new_leads_30").doubleValue(), org.assertj.core.api.Assertions.within(0.01));
        assertThat(label(robot, "#forecast-new-leads")).contains(Formats.money(json.get("new_leads_30").decimalValue()) + " of the 30-day")
                .contains(Formats.money(json.get("new_leads_90").decimalValue()) + " of 90 days");

        TableView<?> contacts = robot.lookup("#forecast-contacts").queryAs(TableView.class);
        assertThat(contacts.getItems()).hasSize(json.get("contacts").size());
        assertThat(contacts.getColumns().get(4).getCellData(0).toString()).isEqualTo("$442.31");
        LineChart<?, ?> history = robot.lookup("#forecast-history").queryAs(LineChart.class);
        assertThat(history.getData()).extracting(s -> s.getData().size()).containsExactly(3, 2, 1);
        assertThat(history.getData().get(1).getData()).extracting(d -> ((Number) d.getYValue()).doubleValue()).containsExactly(800.0, 400.0);
    }

    private static String value(FxRobot robot, String tile) {
        return robot.lookup(tile + " .tile-value").queryAs(Label.class).getText();
    }

    private static String detail(FxRobot robot, String tile) {
        return robot.lookup(tile + " .tile-detail").queryAs(Label.class).getText();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
