package com.revops.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import com.revops.app.Formats;
import com.revops.app.cli.CliTestAccess;
import com.revops.app.console.credits.CreditsView;
import com.revops.app.console.credits.CreditsViewModel;
import com.revops.app.console.ui.UiExecutor;
import com.revops.app.fixtures.CreditLedger;
import com.revops.app.fixtures.SettableClock;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** The Credits screen in a real (headless) scene: the gauges say what {@code --credits --json} says; the banner appears at 100%. */
@ExtendWith(ApplicationExtension.class)
class CreditsViewTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private final SettableClock clock = new SettableClock(CreditLedger.BELOW_LIMIT, BERLIN);
    private CreditsViewModel model;
    private final java.util.concurrent.atomic.AtomicInteger settingsOpened = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "Europe/Berlin"), "linux", home);
        CreditLedger.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        model = new CreditsViewModel(new ConsoleContext(App.onDatabase(env, clock, BERLIN, db), UiExecutor.direct()));
        Scene scene = new Scene(new CreditsView(model, settingsOpened::incrementAndGet).root(), 1300, 900);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theTodayGaugeShowsTheCliValueAndNoBannerBelowTheLimit(FxRobot robot) {
        robot.interact(model::refresh);
        JsonNode json = CliTestAccess.json(db, env, "--credits", "--json", "--as-of", CreditLedger.BELOW_LIMIT.toString());
        assertThat(text(robot, "#credits-today .tile-value")).isEqualTo(Formats.moneyCents(json.at("/today/spent").decimalValue())).isEqualTo("$14.99");
        assertThat(text(robot, "#credits-today .level-badge")).isEqualTo("WARNING");
        assertThat(text(robot, "#credits-month .tile-value")).isEqualTo(Formats.moneyCents(json.at("/month/spent").decimalValue())).isEqualTo("$19.99");
        assertThat(text(robot, "#credits-projection .tile-value"))
                .isEqualTo(Formats.moneyCents(json.at("/month/projected_month_end").decimalValue())).isEqualTo("$406.92");
        assertThat(robot.lookup("#credits-suspended-banner").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void atOneHundredPercentTheBannerShowsAndTheRoutingTableSaysSuspended(FxRobot robot) {
        clock.set(CreditLedger.AT_LIMIT);
        robot.interact(model::refresh);
        JsonNode json = CliTestAccess.json(db, env, "--credits", "--json", "--as-of", CreditLedger.AT_LIMIT.toString());
        assertThat(text(robot, "#credits-today .tile-value")).isEqualTo(Formats.moneyCents(json.at("/today/spent").decimalValue())).isEqualTo("$15.00");
        assertThat(text(robot, "#credits-today .level-badge")).isEqualTo("EXCEEDED");
        Label banner = robot.lookup("#credits-suspended-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("NON-CRITICAL AI WORK SUSPENDED UNTIL TUE 3 MAR 2026, 00:00 CET");
        TableView<CreditsViewModel.RouteLine> routing = robot.lookup("#credits-routing").queryTableView();
        assertThat(routing.getItems()).filteredOn(r -> r.taskType().equals("draft_generation"))
                .singleElement().satisfies(r -> assertThat(r.decision()).isEqualTo("suspended"));
        assertThat(json.get("suspended")).hasSize(7);
    }

    @Test
    void theRoutingTableIsReadOnlyHereAndItsLinkOpensSettings(FxRobot robot) {
        robot.interact(model::refresh);
        TableView<CreditsViewModel.RouteLine> routing = robot.lookup("#credits-routing").queryTableView();
        assertThat(routing.isEditable()).isFalse();
        assertThat(routing.getItems()).isNotEmpty();
        robot.interact(() -> robot.lookup("#credits-edit-routing").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(settingsOpened).hasValue(1);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
