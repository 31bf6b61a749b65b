package com.revops.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.revops.app.App;
import com.revops.app.console.ui.UiExecutor;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The console's status bar (ControlsFX {@code StatusBar}): while a screen loads, it says which and runs its progress
 * bar; once the data is in, both are gone. Loads are held by the test's executor until it lets them finish.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowStatusBarTest {
    @TempDir
    static Path home;
    private static Database db;
    private final HeldExecutor executor = new HeldExecutor();
    private MainWindow window;

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
        RevopsEnvironment env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"),
                "linux", home);
        App services = App.onDatabase(env, Clock.fixed(Instant.parse("2026-03-02T07:30:00Z"), ZoneOffset.UTC),
                ZoneOffset.UTC, db);
        MainViewModel model = new MainViewModel(Preferences.userRoot().node("com/revops/console-test-status"));
        window = new MainWindow(model, new ConsoleContext(services, executor), () -> { });
        stage.setScene(new Scene(window.root(), 1300, 860));
        stage.show();
    }

    @Test
    void aScreenLoadingShowsItsNameAndRunningProgressUntilItsDataIsIn(FxRobot robot) {
        robot.interact(() -> window.show(ScreenId.PIPELINE));
        StatusBar bar = robot.lookup("#status-bar").queryAs(StatusBar.class);

        assertThat(bar.getText()).isEqualTo("Loading Pipeline…");
        assertThat(bar.getProgress()).isEqualTo(-1.0);

        robot.interact(executor::finishAll);

        assertThat(bar.getText()).isEmpty();
        assertThat(bar.getProgress()).isEqualTo(0.0);
        assertThat(bar.getLeftItems()).anyMatch(n -> "status-database".equals(n.getId()));
        assertThat(bar.getRightItems()).anyMatch(n -> "status-refreshed".equals(n.getId()));
    }

    /** Background work waits until {@link #finishAll()}; UI work runs at once (the test calls it on the FX thread). */
    private static final class HeldExecutor implements UiExecutor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> CompletableFuture<T> background(Supplier<T> work) {
            CompletableFuture<T> future = new CompletableFuture<>();
            held.add(() -> {
                try {
                    future.complete(work.get());
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            });
            return future;
        }

        @Override
        public void ui(Runnable action) {
            action.run();
        }

        void finishAll() {
            while (!held.isEmpty()) {
                List<Runnable> now = new ArrayList<>(held);
                held.clear();
                now.forEach(Runnable::run);
            }
        }
    }
}
