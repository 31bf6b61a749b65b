package com.revops.app.console.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

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
import com.revops.integrations.notify.Outbox;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** The Jobs screen headless: no scheduler said plainly, Run now disabled, a failed Telegram message retried from its row. */
@ExtendWith(ApplicationExtension.class)
class JobsViewTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;
    private JobsViewModel model;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        Outbox outbox = new Outbox(db.jdbi());
        outbox.enqueue("alert:x", "alert", "🚨 <b>High value silent</b> (urgent)\nAda is in decision", NOW.minusSeconds(60));
        db.jdbi().useHandle(h -> h.execute("UPDATE revops_outbox SET status = 'failed', attempts = 3, last_error = 'Telegram: bot was blocked'"));
        TestConsole console = TestConsole.on(db, home, NOW);
        model = new JobsViewModel(console.context());
        stage.setScene(new Scene(new JobsView(model, console.context()::zone).root(), 1400, 800));
        stage.getScene().getStylesheets().add(Theme.stylesheet());
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void noSchedulerIsSaidPlainlyAndAFailedMessageIsRetriedFromItsRow(FxRobot robot) {
        assertThat(robot.lookup("#jobs-scheduler-status").queryAs(Label.class).getText()).startsWith("No scheduler is running");
        assertThat(robot.lookup("#jobs-table").queryAs(TableView.class).getItems()).hasSize(com.revops.scheduler.ScheduledJob.values().length);
        assertThat(robot.lookup("#jobs-table .button").queryAllAs(Button.class)).isNotEmpty()
                .allSatisfy(b -> assertThat(b.isDisabled()).isTrue());
        assertThat(robot.lookup("#jobs-outbox-summary").queryAs(Label.class).getText()).startsWith("0 pending · 0 sent · 1 failed");

        robot.clickOn(robot.lookup("#jobs-outbox .button").queryAs(Button.class));

        assertThat(new Fixtures(db).text("SELECT status FROM revops_outbox")).isEqualTo("pending");
        assertThat(robot.lookup("#jobs-outbox-summary").queryAs(Label.class).getText()).startsWith("1 pending · 0 sent · 0 failed");
        assertThat(robot.lookup("#jobs-action-result").queryAs(Label.class).getText()).startsWith("1 message back in the queue");
    }
}
