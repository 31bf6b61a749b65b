package com.revops.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/** At start the last screen's skeleton fills the window while the database starts; the real screen replaces it (issue 15 point 4). */
@ExtendWith(ApplicationExtension.class)
class ScreenSkeletonTest {
    @TempDir
    static Path home;
    private static Database db;
    private MainWindow window;
    private MainViewModel model;

    @BeforeAll
    static void database() {
        db = TestDatabase.fresh();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        TestConsole console = TestConsole.on(db, home, Instant.parse("2026-03-02T07:30:00Z"));
        model = new MainViewModel(Preferences.userRoot().node("com/revops/console-test-skeleton"));
        window = new MainWindow(model, console.context(), () -> { });
        stage.setScene(new Scene(window.root(), 1300, 860));
        stage.show();
    }

    @Test
    void theSkeletonNamesTheScreenAndTheDatabaseStateThenTheScreenReplacesIt(FxRobot robot) {
        robot.interact(() -> {
            model.databaseProperty().set("Database: starting…");
            window.showSkeleton(ScreenId.OFFERS);
        });
        assertThat(robot.lookup("#skeleton-offers").query().isVisible()).isTrue();
        assertThat(robot.lookup("#skeleton-offers .label").queryAll()).extracting(n -> ((Label) n).getText())
                .contains("Offers", "Database: starting…");
        assertThat(robot.lookup("#nav-offers").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(window.showingSkeleton()).isTrue();

        robot.interact(() -> window.show(ScreenId.OFFERS));

        assertThat(robot.lookup("#skeleton-offers").tryQuery()).isEmpty();
        assertThat(window.showingSkeleton()).isFalse();
        assertThat(window.currentScreen()).isEqualTo(ScreenId.OFFERS);
    }
}
