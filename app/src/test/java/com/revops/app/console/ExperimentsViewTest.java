package com.revops.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.revops.app.App;
import com.revops.app.console.experiments.ExperimentsView;
import com.revops.app.console.experiments.ExperimentsViewModel;
import com.revops.app.console.ui.TableExport;
import com.revops.app.console.ui.UiExecutor;
import com.revops.app.fixtures.ExperimentResults;
import com.revops.app.fixtures.SettableClock;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** The Experiments screen in a real (headless) scene: the hand-worked verdicts, and a table exported as shown. */
@ExtendWith(ApplicationExtension.class)
class ExperimentsViewTest {
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private ExperimentsViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"), "linux", home);
        ExperimentResults.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        ZoneId utc = ZoneId.of("UTC");
        model = new ExperimentsViewModel(new ConsoleContext(App.onDatabase(env,
                new SettableClock(Instant.parse("2026-03-02T07:30:00Z"), utc), utc, db), UiExecutor.direct()));
        Scene scene = new Scene(new ExperimentsView(model).root(), 1300, 900);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theVerdictsReadAsWorkedByHand(FxRobot robot) {
        robot.interact(model::refresh);
        // 20% vs 15% on 1,000 each: z = 2.9424, p = 0.0033
        assertThat(labels(robot, "#paywall-verdicts")).containsExactly("WINNER", "EverReach Pro · annual_first (running)",
                "annual_first wins: 20.00% vs 15.00% (control), p = 0.0033");
        assertThat(labels(robot, "#ab-verdicts")).contains("NOT SIGNIFICANT YET",
                "Not significant yet: question_first leads, 10.71% vs 7.04% (compliment_first), p = 0.427;"
                        + " needs about 461 impressions per variant (390 more)");
    }

    @Test
    void thePaywallTableExportsAsShown(FxRobot robot) throws Exception {
        robot.interact(model::refresh);
        TableView<?> table = robot.lookup("#experiments-paywall").queryTableView();
        Path file = home.resolve("paywall.csv");
        TableExport.write(table, file);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("Experiment,Variant,Impressions,Conversions,Conv. rate,Revenue,Revenue per user,Against the leader");
        assertThat(lines).contains("EverReach Pro · annual_first,control,\"1,000\",150,15.00%,\"$1,500.00\",$1.50,p = 0.0033 vs annual_first");
    }

    private static List<String> labels(FxRobot robot, String box) {
        return robot.lookup(box + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
