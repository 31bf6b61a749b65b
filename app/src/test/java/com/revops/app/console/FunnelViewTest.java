package com.revops.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.app.App;
import com.revops.app.cli.CliTestAccess;
import com.revops.app.console.funnel.FunnelView;
import com.revops.app.console.funnel.FunnelViewModel;
import com.revops.app.console.ui.UiExecutor;
import com.revops.app.fixtures.FunnelHistory;
import com.revops.app.fixtures.SettableClock;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

/** The Funnel phase screen in a real (headless) scene: 47 of 50, as {@code --funnel --json} says, and the steps' verdicts. */
@ExtendWith(ApplicationExtension.class)
class FunnelViewTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant AS_OF = Instant.parse("2026-03-02T07:30:00Z");
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private FunnelViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "Europe/Berlin"), "linux", home);
        FunnelHistory.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        model = new FunnelViewModel(new ConsoleContext(App.onDatabase(env, new SettableClock(AS_OF, BERLIN), BERLIN, db),
                UiExecutor.direct()));
        Scene scene = new Scene(new FunnelView(model).root(), 1300, 900);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void progressShowsFortySevenOfFiftyLikeTheCli(FxRobot robot) {
        robot.interact(model::refresh);
        JsonNode json = CliTestAccess.json(db, env, "--funnel", "--json", "--as-of", AS_OF.toString());
        assertThat(robot.lookup("#funnel-progress-text").queryAs(Label.class).getText())
                .isEqualTo(json.get("paying_users").asLong() + " of " + json.get("next_threshold").asLong() + " paying users")
                .isEqualTo("47 of 50 paying users");
        assertThat(robot.lookup("#funnel-progress-bar").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.94);
        assertThat(robot.lookup("#funnel-phase .tile-value").queryAs(Label.class).getText()).isEqualTo("Phase 1 of 3");
    }

    @Test
    void eachStepShowsItsRateAndVerdictAndTheHistoryIsCharted(FxRobot robot) {
        robot.interact(model::refresh);
        // 45/3000 = 1.5% below 2–5%; 18/45 = 40% above 10–20%
        assertThat(labels(robot, "#funnel-step-impression_to_click")).contains("1.5% · target 2–5%", "BELOW");
        assertThat(labels(robot, "#funnel-step-click_to_signup")).contains("40.0% · target 10–20%", "ABOVE");
        assertThat(labels(robot, "#funnel-step-signup_to_trial")).contains("33.3% · target 30–50%", "WITHIN");
        assertThat(robot.lookup("#funnel-step-impression_to_click .verdict-badge").queryAs(Node.class).getStyleClass()).contains("below");
        LineChart<?, ?> paying = robot.lookup("#funnel-paying-chart").queryAs(LineChart.class);
        assertThat(paying.getData()).hasSize(2); // paying users and the line at 50
        assertThat(paying.getData().get(0).getData()).hasSize(3);
    }

    private static java.util.List<String> labels(FxRobot robot, String box) {
        return robot.lookup(box + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
