package com.revops.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.revops.app.console.ui.UiExecutor;
import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertType;
import com.revops.domain.alerts.Severity;
import com.revops.integrations.alerts.AlertRepository;
import com.revops.integrations.alerts.AlertRepository.RaisedAlert;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Deals and urgent alerts raised while the console is open (here: written straight to the alert table, as the CLI does) reach the operator. */
@ExtendWith(ApplicationExtension.class)
class AlertWatchTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private final Database db = TestDatabase.fresh();
    private final AlertRepository alerts = new AlertRepository(db.jdbi());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void onlyWhatIsRaisedAfterTheFirstLookAndOnlyDealsAndUrgentAlertsAreHandedOn() {
        alerts.record(alert(AlertType.DEAL_CLOSED, Severity.INFO, "deal before the console opened"), LocalDate.of(2026, 3, 2), AT);
        List<List<RaisedAlert>> handed = new ArrayList<>();
        AlertWatch watch = new AlertWatch(() -> alerts, UiExecutor.direct(), handed::add);

        watch.poll(); // notes where the table stands
        assertThat(handed).isEmpty();

        alerts.record(alert(AlertType.PIPELINE_STAGNATION, Severity.WARNING, "pipeline"), LocalDate.of(2026, 3, 2), AT);
        alerts.record(alert(AlertType.DEAL_CLOSED, Severity.INFO, "deal 2"), LocalDate.of(2026, 3, 2), AT);
        alerts.record(alert(AlertType.HIGH_VALUE_SILENT, Severity.URGENT, "Zoe Bennett"), LocalDate.of(2026, 3, 2), AT);
        watch.poll();
        assertThat(handed).singleElement().satisfies(batch -> assertThat(batch).extracting(RaisedAlert::subject)
                .containsExactly("deal 2", "Zoe Bennett")); // the warning waits for the dashboard

        watch.poll(); // nothing new: nothing handed on again
        assertThat(handed).hasSize(1);
    }

    @Test
    void aDealClosedElsewhereShowsANotificationOverTheWindow(FxRobot robot) {
        AlertWatch watch = new AlertWatch(() -> alerts, UiExecutor.direct(), raised -> AlertPopups.show(stage, raised, () -> { }));
        robot.interact(watch::poll);
        alerts.record(alert(AlertType.DEAL_CLOSED, Severity.INFO, "Ada Lovelace · $3,500"), LocalDate.of(2026, 3, 2), AT);
        robot.interact(watch::poll);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = robot.lookup(".notification-bar .label").match(javafx.scene.control.Labeled.class::isInstance).queryAll()
                .stream().map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
        assertThat(shown).contains("Deal closed").anySatisfy(t -> assertThat(t).startsWith("Ada Lovelace · $3,500 closed"));
    }

    private static Alert alert(AlertType type, Severity severity, String subject) {
        return new Alert(type, severity, subject, subject + " closed", "");
    }
}
