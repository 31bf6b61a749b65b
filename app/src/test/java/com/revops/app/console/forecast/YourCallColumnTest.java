package com.revops.app.console.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.revops.app.App;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.Theme;
import com.revops.app.console.ui.UiExecutor;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * The "Your call" column in a real (headless) scene, as of 2026-03-20T12:00Z, on the two-contact pipeline of
 * CallCliTest: A ($3,500) and B ($997) in decision since as_of, no history: the model's 30 days are
 * 4497 × 0.1263735027 = $568. Commit on A and Out on B: "model + your calls" is exactly A's $3,500.
 */
@ExtendWith(ApplicationExtension.class)
class YourCallColumnTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    private static Database db;
    @TempDir
    static Path home;
    private ForecastViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        Fixtures f = new Fixtures(db);
        f.contact("c-a", "decision", AS_OF, Instant.parse("2026-01-05T00:00:00Z"), "ai_automation");
        f.contact("c-b", "decision", AS_OF, Instant.parse("2026-01-06T00:00:00Z"), "personal_brand");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(javafx.stage.Stage stage) {
        RevopsEnvironment env = new RevopsEnvironment(java.util.Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off",
                "REVOPS_TZ", "UTC"), "linux", home);
        model = new ForecastViewModel(new ConsoleContext(App.onDatabase(env, Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC, db),
                UiExecutor.direct()));
        Scene scene = new Scene(new ForecastView(model, (screen, focus) -> { }).root(), 1400, 950);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theMenuAndTheKeysSetTheCallAndTheForecastShowsBothFigures(FxRobot robot) {
        robot.interact(model::refresh);
        assertThat(label(robot)).startsWith("Your calls: none yet");
        TableView<?> contacts = robot.lookup("#forecast-contacts").queryAs(TableView.class);
        assertThat(contacts.getItems()).hasSize(2);
        assertThat(contacts.getColumns().get(0).getCellData(0).toString()).isEqualTo("Contact c-a"); // the larger deal first

        MenuButton first = robot.lookup("#forecast-contacts .your-call").queryAs(MenuButton.class);
        assertThat(first.getText()).isEqualTo(YourCallColumn.NONE);
        robot.clickOn(first);
        robot.clickOn("Commit");
        robot.clickOn("Contact c-b");
        robot.type(KeyCode.O);

        assertThat(calls()).isEqualTo("c-a commit, c-b out");
        assertThat(robot.lookup("#forecast-contacts .your-call").queryAllAs(MenuButton.class)).extracting(MenuButton::getText)
                .containsExactly("Commit", "Out");
        assertThat(label(robot)).isEqualTo("Model + your calls (1 commit, 0 upside, 1 out): $3,500 in 30 days, likely $3.5k–$3.5k (best case counts "
                + "upside) — the model alone: $568");
        TableView<?> methods = robot.lookup("#forecast-methods").queryAs(TableView.class);
        assertThat(methods.getColumns().get(0).getCellData(3).toString()).isEqualTo("Model + your calls");
        assertThat(methods.getColumns().get(1).getCellData(3).toString()).isEqualTo("$3,500");

        robot.clickOn("Contact c-b");
        robot.type(KeyCode.X);
        assertThat(calls()).isEqualTo("c-a commit");
    }

    private static String label(FxRobot robot) {
        return robot.lookup("#forecast-with-calls").queryAs(Label.class).getText();
    }

    private static String calls() {
        java.util.List<String> rows = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT c.external_id || ' ' || f.call FROM revops_forecast_calls f JOIN crm_contacts c ON c.id = f.contact_id
                 ORDER BY c.external_id""").mapTo(String.class).list());
        return String.join(", ", rows);
    }
}
