package com.revops.app.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.revops.app.console.TestConsole;
import com.revops.app.console.Theme;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** Settings' Targets tab headless, on 2 Mar 2026 (UTC): this month is March, next April; the rule is --target's. */
@ExtendWith(ApplicationExtension.class)
class TargetsPaneTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> h.execute("INSERT INTO revops_targets (month, amount) VALUES ('2026-03-01', 15000)"));
        SettingsViewModel model = new SettingsViewModel(TestConsole.on(db, home, NOW).context());
        stage.setScene(new Scene(new SettingsView(model).root(), 1300, 860));
        stage.getScene().getStylesheets().add(Theme.stylesheet());
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void targetsAreCheckedAsTypedSavedAndClearedWhenEmpty(FxRobot robot) {
        robot.clickOn("Targets");
        TextField march = robot.lookup("#settings-target-this-month").queryAs(TextField.class);
        TextField april = robot.lookup("#settings-target-next-month").queryAs(TextField.class);
        assertThat(march.getText()).isEqualTo("15000");
        assertThat(april.getText()).isEmpty();
        assertThat(robot.lookup("March 2026 (this month)").tryQuery()).isPresent();
        assertThat(robot.lookup("April 2026 (next month)").tryQuery()).isPresent();

        robot.clickOn(april).write("12.345");
        // the words --target refuses it with
        assertThat(april.getStyleClass()).contains("error");
        assertThat(april.getTooltip().getText())
                .isEqualTo("the amount must be a plain number of dollars such as 20000 or 20000.50, not '12.345'");
        assertThat(robot.lookup("#settings-targets-problems").queryAs(Label.class).getText()).startsWith("next month: the amount must be");
        robot.clickOn("#settings-save-targets");
        assertThat(robot.lookup("#settings-targets-error").queryAs(Label.class).getText()).startsWith("target: the amount must be");
        assertThat(rows()).containsExactly("2026-03-01 15000.00"); // nothing written

        robot.doubleClickOn(april).eraseText(6).write("25000");
        robot.doubleClickOn(march).eraseText(5).write("$20000");
        robot.clickOn("#settings-save-targets");
        assertThat(robot.lookup("#settings-targets-result").queryAs(Label.class).getText())
                .isEqualTo("Saved: March 2026 $20,000 in new deals; April 2026 $25,000 in new deals.");
        assertThat(rows()).containsExactly("2026-03-01 20000.00", "2026-04-01 25000.00");

        robot.doubleClickOn(march).eraseText(6);
        robot.clickOn("#settings-save-targets");
        assertThat(robot.lookup("#settings-targets-result").queryAs(Label.class).getText())
                .isEqualTo("Saved: March 2026 has no target; April 2026 $25,000 in new deals.");
        assertThat(rows()).containsExactly("2026-04-01 25000.00");
    }

    private List<String> rows() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT month || ' ' || amount FROM revops_targets ORDER BY month").mapTo(String.class).list());
    }
}
