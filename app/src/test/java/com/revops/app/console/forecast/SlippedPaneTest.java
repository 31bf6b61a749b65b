package com.revops.app.console.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import com.revops.app.console.ScreenId;
import com.revops.app.console.Theme;
import com.revops.app.console.ui.UiExecutor;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * The Forecast screen's slipped tab in a real (headless) scene, as of 2026-04-01T00:00Z. Decision's advances took
 * 1, 2, 3, 4 and 10 days: p80 = the ⌈0.8 × 5⌉ = 4th, 4 days. Open in decision: "old" 12 days ($3,500) → slipped;
 * "fresh" 2 days → not.
 */
@ExtendWith(ApplicationExtension.class)
class SlippedPaneTest {
    private static final Instant AS_OF = Instant.parse("2026-04-01T00:00:00Z");
    private static Database db;
    @TempDir
    static Path home;
    private static UUID old;
    private final List<String> shown = new ArrayList<>();
    private ForecastViewModel model;

    private static Instant mar(int day) {
        return Instant.parse(String.format("2026-03-%02dT00:00:00Z", day));
    }

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        Fixtures f = new Fixtures(db);
        int[] days = {1, 2, 3, 4, 10};
        for (int i = 0; i < days.length; i++) {
            UUID a = f.contact("a" + (i + 1), "call_booked", mar(1 + days[i]), mar(1), null);
            f.transition(a, "decision", "call_booked", mar(1 + days[i]));
        }
        old = f.contact("old", "decision", mar(20), mar(20), "ai_automation");
        f.contact("fresh", "decision", mar(30), mar(30), null);
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
        Scene scene = new Scene(new ForecastView(model, (screen, focus) -> shown.add(screen + " " + focus.orElse(""))).root(), 1300, 900);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSlippedTabListsThemEnterOpensAndLMarksLostAfterAsking(FxRobot robot) {
        robot.interact(model::refresh);
        robot.clickOn("Slipped (1)");
        TableView<?> table = robot.lookup("#forecast-slipped").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getColumns().get(0).getCellData(0).toString()).isEqualTo("Contact old");
        assertThat(table.getColumns().get(2).getCellData(0).toString()).isEqualTo("12.0");
        assertThat(table.getColumns().get(3).getCellData(0).toString()).isEqualTo("4.0");
        assertThat(table.getColumns().get(4).getCellData(0).toString()).isEqualTo("$3,500.00");
        assertThat(robot.lookup("#forecast-slipped-summary").queryAs(Label.class).getText()).startsWith("1 slipped, $3,500:");

        robot.clickOn("Contact old");
        robot.type(KeyCode.ENTER);
        assertThat(shown).containsExactly(ScreenId.CONTACTS + " Contact old");

        robot.type(KeyCode.L);
        robot.clickOn("Cancel");
        assertThat(stage()).isEqualTo("decision");

        robot.clickOn("#forecast-slipped");
        robot.type(KeyCode.L);
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("12.0 days").contains("within 4.0");
        robot.clickOn("Mark lost");
        assertThat(stage()).isEqualTo("closed_lost");
        long moves = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT count(*) FROM actp_stage_transitions WHERE contact_id = :id AND from_stage = 'decision' AND to_stage = 'closed_lost'
                   AND transitioned_at = :at""").bind("id", old).bind("at", AS_OF.atOffset(ZoneOffset.UTC)).mapTo(Long.class).one());
        assertThat(moves).isEqualTo(1);
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#forecast-status").queryAs(Label.class).getText()).isEqualTo("Marked Contact old lost (was in Decision for 12.0 days)");
        assertThat(shown).hasSize(1);
    }

    private static String stage() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT stage FROM crm_contacts WHERE id = :id").bind("id", old).mapTo(String.class).one());
    }
}
