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
import com.revops.domain.common.Stage;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
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
        Scene scene = new Scene(new ForecastView(model).root(), 1300, 900);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFiguresAreTheCliForecast(FxRobot robot) {
        robot.interact(model::refresh);
        JsonNode json = CliTestAccess.json(db, env, "--forecast", "--json", "--as-of", AS_OF.toString());

        assertThat(value(robot, "#forecast-tile-30")).isEqualTo(Formats.money(json.get("forecast_30").decimalValue()));
        assertThat(value(robot, "#forecast-tile-60")).isEqualTo(Formats.money(json.get("forecast_60").decimalValue()));
        assertThat(value(robot, "#forecast-tile-90")).isEqualTo(Formats.money(json.get("forecast_90").decimalValue()));
        assertThat(value(robot, "#forecast-tile-weighted")).isEqualTo(Formats.money(json.get("weighted_pipeline").decimalValue()));
        // by hand: 3500 × 0.40 × 0.35; + 997 × 0.00525 + 1500 × 0.001575
        assertThat(value(robot, "#forecast-tile-30")).isEqualTo("$490");
        assertThat(value(robot, "#forecast-tile-60")).isEqualTo("$498") /* 497.60, a tile in whole dollars */;

        TableView<?> stages = robot.lookup("#forecast-stages").queryAs(TableView.class);
        for (int i = 0; i < Stage.OPEN.size(); i++) {
            JsonNode p = json.get("close_probability").get(Stage.OPEN.get(i).code());
            assertThat(stages.getColumns().get(3).getCellData(i).toString()).isEqualTo(Formats.percent(p.decimalValue()));
        }
        assertThat(stages.getColumns().get(3).getCellData(3).toString()).isEqualTo("14.0%");
    }

    @Test
    void theAccuracySummaryIsTheCliAccuracyAndTheChartHasItsHistory(FxRobot robot) {
        robot.interact(model::refresh);
        JsonNode accuracy = CliTestAccess.json(db, env, "--forecast", "--json", "--as-of", AS_OF.toString()).get("accuracy");

        assertThat(accuracy.get("forecasts_judged").asInt()).isEqualTo(2);
        assertThat(label(robot, "#forecast-wape")).isEqualTo(Formats.percent(accuracy.get("wape").decimalValue())).isEqualTo("33.3%");
        assertThat(label(robot, "#forecast-bias")).isEqualTo("+" + Formats.percent(accuracy.get("bias").decimalValue()));
        assertThat(label(robot, "#forecast-mape")).isEqualTo(Formats.percent(accuracy.get("mape").decimalValue())).isEqualTo("37.5%");
        assertThat(label(robot, "#forecast-accuracy-words")).contains("ran 33.3% high");

        LineChart<?, ?> chart = robot.lookup("#forecast-history").queryAs(LineChart.class);
        // three forecasts; two judged with what closed; one still open with what closed so far
        assertThat(chart.getData()).extracting(s -> s.getData().size()).containsExactly(3, 2, 1);
        assertThat(chart.getData().get(1).getData()).extracting(d -> ((Number) d.getYValue()).doubleValue()).containsExactly(800.0, 400.0);
        TableView<?> points = robot.lookup("#forecast-points").queryAs(TableView.class);
        assertThat(points.getItems()).hasSize(3);
        assertThat(points.getColumns().get(5).getCellData(0).toString()).isEqualTo("30 days end Thu 9 Apr 2026");
        assertThat(points.getColumns().get(3).getCellData(1).toString()).isEqualTo("+$200.00");
    }

    private static String value(FxRobot robot, String tile) {
        return robot.lookup(tile + " .tile-value").queryAs(Label.class).getText();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
