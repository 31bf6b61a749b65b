package com.revops.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** The window's keys in a real (headless) scene: Ctrl/Cmd+F to the screen's search field, "?" for the shortcuts card. */
@ExtendWith(ApplicationExtension.class)
class MainWindowKeysTest {
    @TempDir
    static Path home;
    private static Database db;
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
        TestConsole console = TestConsole.on(db, home, Instant.parse("2026-03-02T07:30:00Z"));
        MainViewModel model = new MainViewModel(Preferences.userRoot().node("com/revops/console-test-keys"));
        window = new MainWindow(model, console.context(), () -> { });
        stage.setScene(new Scene(window.root(), 1300, 860));
        stage.show();
    }

    @Test
    void shortcutFFocusesTheSearchFieldOfTheScreenShown(FxRobot robot) {
        robot.interact(() -> window.show(ScreenId.CONTACTS));
        robot.clickOn("#contacts-table");
        robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        assertThat(robot.lookup("#contacts-search").queryTextInputControl().isFocused()).isTrue();
    }

    @Test
    void questionMarkShowsEveryShortcutAndEscapeHidesIt(FxRobot robot) {
        robot.interact(() -> window.show(ScreenId.CONTACTS));
        robot.clickOn("#contacts-table");
        robot.write('?');
        assertThat(robot.lookup("#keyboard-help").query().isVisible()).isTrue();
        java.util.Set<String> card = new java.util.HashSet<>();
        robot.lookup("#keyboard-help .keyboard-key").queryAll()
                .forEach(n -> card.addAll(List.of(((javafx.scene.control.Label) n).getText().split("  or  "))));
        assertThat(card).contains(MainWindow.SHORTCUT_NAME + "+1", MainWindow.SHORTCUT_NAME + "+F", MainWindow.SHORTCUT_NAME + "+E", "?");
        // every key of every menu is on the card
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<String> accelerators = new java.util.ArrayList<>();
        for (javafx.scene.control.Menu menu : bar.getMenus()) {
            for (javafx.scene.control.MenuItem item : menu.getItems()) {
                if (item.getAccelerator() instanceof javafx.scene.input.KeyCodeCombination k) {
                    accelerators.add((k.getShortcut() == javafx.scene.input.KeyCombination.ModifierValue.DOWN ? MainWindow.SHORTCUT_NAME + "+" : "")
                            + (k.getShift() == javafx.scene.input.KeyCombination.ModifierValue.DOWN ? "Shift+" : "") + k.getCode().getName());
                }
            }
        }
        assertThat(accelerators).hasSizeGreaterThan(15).contains("F1", MainWindow.SHORTCUT_NAME + "+Q");
        assertThat(card).containsAll(accelerators);
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#keyboard-help").query().isVisible()).isFalse();
    }

    @Test
    void aQuestionMarkTypedIntoASearchFieldIsText(FxRobot robot) {
        robot.interact(() -> window.show(ScreenId.CONTACTS));
        robot.clickOn("#contacts-search").write("who?");
        assertThat(robot.lookup("#keyboard-help").query().isVisible()).isFalse();
        assertThat(robot.lookup("#contacts-search").queryTextInputControl().getText()).isEqualTo("who?");
    }

    @Test
    void shortcutEExportsTheTableTheOperatorIsInElseTheFirstOneShown(FxRobot robot) {
        robot.interact(() -> window.show(ScreenId.OFFERS));
        javafx.scene.Node offers = robot.lookup("#offers-screen").query();
        assertThat(com.revops.app.console.ui.TableExport.shownTable(offers, null)).get()
                .extracting(javafx.scene.Node::getId).isEqualTo("offers-rows");
        robot.clickOn("#offers-automations");
        javafx.scene.Node focus = window.root().getScene().getFocusOwner();
        assertThat(com.revops.app.console.ui.TableExport.shownTable(offers, focus)).get()
                .extracting(javafx.scene.Node::getId).isEqualTo("offers-automations");
    }

    @Test
    void theStatusBarIsControlsFxsWithTheDatabaseAndNoLoadLeftRunning(FxRobot robot) {
        robot.interact(() -> window.show(ScreenId.OFFERS));
        org.controlsfx.control.StatusBar bar = robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class);
        assertThat(bar.getLeftItems()).anySatisfy(n -> assertThat(n.getId()).isEqualTo("status-database"));
        assertThat(bar.getRightItems()).anySatisfy(n -> assertThat(n.getId()).isEqualTo("status-refreshed"));
        // loaded: no progress, no "Loading …" left behind
        assertThat(bar.getProgress()).isZero();
        assertThat(bar.getText()).isEmpty();
    }
}
