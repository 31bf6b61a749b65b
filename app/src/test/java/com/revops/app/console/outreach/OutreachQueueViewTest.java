package com.revops.app.console.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.revops.app.console.Theme;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** The queue in a real (headless) scene, driven by the keyboard only; each decision checked in the queue and the audit log. */
@ExtendWith(ApplicationExtension.class)
class OutreachQueueViewTest {
    @TempDir
    static Path home;
    private Database db;
    private QueueTestData data;
    private OutreachQueueViewModel model;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        data = new QueueTestData(db);
        model = new OutreachQueueViewModel(QueueTestData.context(db, home, Map.of()));
        OutreachQueueView view = new OutreachQueueView(model, java.time.ZoneOffset.UTC, (screen, focus) -> { });
        Scene scene = new Scene(view.root(), 1400, 860);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theListHasTheKeysAfterLoadingAndAApproves(FxRobot robot) {
        robot.interact(model::refresh);
        assertThat(list(robot).isFocused()).isTrue();
        assertThat(text(robot, "#message-title")).isEqualTo("LinkedIn connection note to Ada Lovelace");
        assertThat(text(robot, "#progress-count-linkedin")).isEqualTo("18 / 50 sent");
        assertThat(text(robot, "#progress-count-dm")).isEqualTo("6 / 20 sent");
        assertThat(text(robot, "#progress-count-upwork")).isEqualTo("1 / 5 sent");

        robot.type(KeyCode.A);

        assertThat(data.row(data.adaNote)).containsEntry("status", "approved").containsEntry("approved_by", "operator");
        assertThat(data.audit(data.adaNote)).containsExactly("approve operator pending→approved");
        assertThat(text(robot, "#outreach-status")).isEqualTo("Approved: LinkedIn connection note to Ada Lovelace");
        assertThat(text(robot, "#message-title")).isEqualTo("LinkedIn message to Grace Hopper");
        assertThat(list(robot).isFocused()).isTrue();
    }

    @Test
    void eEditsAndShortcutEnterSavesAndApproves(FxRobot robot) {
        robot.interact(model::refresh);
        robot.type(KeyCode.E);
        TextArea editor = robot.lookup("#outreach-editor").queryAs(TextArea.class);
        assertThat(editor.isFocused()).isTrue();
        assertThat(text(robot, "#outreach-char-count")).isEqualTo("66 / 300 characters · LinkedIn connection note");
        assertThat(text(robot, "#outreach-keys")).contains("+Enter save and approve").contains("Esc cancel");

        robot.push(KeyCode.SHORTCUT, KeyCode.A); // select all, then type over it
        robot.write("Hi Ada, great post. Connect?");
        assertThat(text(robot, "#outreach-char-count")).isEqualTo("28 / 300 characters · LinkedIn connection note");
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);

        assertThat(data.row(data.adaNote)).containsEntry("status", "approved").containsEntry("approved_message", "Hi Ada, great post. Connect?");
        assertThat(data.audit(data.adaNote)).containsExactly("edit operator pending→pending", "approve operator pending→approved");
        assertThat(text(robot, "#outreach-status")).isEqualTo("Edited and approved: LinkedIn connection note to Ada Lovelace");
        assertThat(list(robot).isFocused()).isTrue();
    }

    @Test
    void escapeCancelsAnEditWithoutWriting(FxRobot robot) {
        robot.interact(model::refresh);
        robot.type(KeyCode.E).write(" Thanks!").type(KeyCode.ESCAPE);

        assertThat(model.editor().isOpen()).isFalse();
        assertThat(data.audit(data.adaNote)).isEmpty();
        assertThat(list(robot).isFocused()).isTrue();
    }

    @Test
    void rRejectsWithAReason(FxRobot robot) {
        robot.interact(model::refresh);
        robot.type(KeyCode.J, KeyCode.J); // Grace, then (over the DM heading) Bob
        assertThat(text(robot, "#message-title")).isEqualTo("DM to Bob Builder");

        robot.type(KeyCode.R).write("too pushy").type(KeyCode.ENTER);

        assertThat(data.row(data.bobDm)).containsEntry("status", "rejected").containsEntry("rejected_reason", "too pushy");
        assertThat(data.audit(data.bobDm)).containsExactly("reject operator pending→rejected too pushy");
        assertThat(text(robot, "#outreach-status")).isEqualTo("Rejected: DM to Bob Builder — too pushy");
    }

    @Test
    void uUndoesTheLastDecision(FxRobot robot) {
        robot.interact(model::refresh);
        robot.type(KeyCode.A);
        assertThat(data.row(data.adaNote)).containsEntry("status", "approved");

        robot.type(KeyCode.U);

        assertThat(data.row(data.adaNote)).containsEntry("status", "pending").containsEntry("approved_by", null);
        assertThat(data.audit(data.adaNote)).containsExactly("approve operator pending→approved", "reopen operator approved→pending undo");
        assertThat(text(robot, "#outreach-status")).isEqualTo("Undone: approval of LinkedIn connection note to Ada Lovelace — back in the queue");
        assertThat(text(robot, "#message-title")).isEqualTo("LinkedIn connection note to Ada Lovelace");
    }

    @Test
    void shiftAApprovesTheSelectionAfterConfirming(FxRobot robot) {
        robot.interact(model::refresh);
        robot.type(KeyCode.J);                  // Grace
        robot.push(KeyCode.SHIFT, KeyCode.J);   // and Bob
        robot.push(KeyCode.SHIFT, KeyCode.A);

        assertThat(robot.lookup("#outreach-confirm-bulk .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("Approve 2 messages (1 LinkedIn, 1 DM)?");
        Button ok = robot.lookup("#outreach-confirm-bulk .button").match((Button b) -> b.isDefaultButton()).queryAs(Button.class);
        assertThat(ok.getText()).isEqualTo("Approve 2");
        robot.type(KeyCode.ENTER);

        assertThat(data.row(data.graceMessage)).containsEntry("status", "approved");
        assertThat(data.row(data.bobDm)).containsEntry("status", "approved");
        assertThat(data.row(data.adaNote)).containsEntry("status", "pending");
        assertThat(data.audit(data.graceMessage)).containsExactly("approve operator pending→approved");
        assertThat(data.audit(data.bobDm)).containsExactly("approve operator pending→approved");
        assertThat(text(robot, "#outreach-status")).isEqualTo("Approved 2 messages: 1 LinkedIn, 1 DM");
    }

    @Test
    void aWholeMorningWithoutTheMouse(FxRobot robot) {
        robot.interact(model::refresh);
        robot.type(KeyCode.J, KeyCode.K);                                  // down to Grace and back to Ada
        assertThat(text(robot, "#message-title")).isEqualTo("LinkedIn connection note to Ada Lovelace");
        robot.type(KeyCode.A);                                             // approve Ada → Grace is next
        robot.type(KeyCode.E).write(" Best, Sam").push(KeyCode.SHORTCUT, KeyCode.S); // edit Grace, keep pending
        robot.type(KeyCode.DOWN);                                          // arrow keys move too: Bob
        robot.type(KeyCode.R).type(KeyCode.ESCAPE);                        // start a rejection, think better of it
        robot.type(KeyCode.R).write("wrong person").type(KeyCode.ENTER);   // reject Bob → the Upwork proposal
        assertThat(text(robot, "#message-title")).isEqualTo("Upwork proposal for “Zapier CRM sync for a small agency”");
        assertThat(text(robot, "#recipient-job-title")).isEqualTo("Zapier CRM sync for a small agency");
        robot.type(KeyCode.U);                                             // take the rejection back

        assertThat(data.row(data.adaNote)).containsEntry("status", "approved");
        assertThat(data.row(data.graceMessage)).containsEntry("status", "pending")
                .containsEntry("approved_message", QueueTestData.GRACE_MESSAGE + " Best, Sam");
        assertThat(data.row(data.bobDm)).containsEntry("status", "pending").containsEntry("rejected_reason", null);
        assertThat(data.audit(data.bobDm)).containsExactly("reject operator pending→rejected wrong person",
                "reopen operator rejected→pending undo");
        assertThat(text(robot, "#message-title")).isEqualTo("DM to Bob Builder");
        assertThat(list(robot).isFocused()).isTrue();
    }

    @Test
    void withoutAKeyRedraftIsDisabledAndSaysWhy(FxRobot robot) {
        robot.interact(model::refresh);
        robot.type(KeyCode.E);
        assertThat(robot.lookup("#outreach-redraft").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#outreach-redraft-unavailable")).isEqualTo("Add an Anthropic API key in Settings to redraft with AI");
    }

    @Test
    void theSearchNarrowsTheQueueAndItsClearButtonBringsItAllBack(FxRobot robot) {
        robot.interact(model::refresh);
        int all = list(robot).getItems().size();
        robot.clickOn("#outreach-search").write("15-minute");
        // only Grace's message holds "15-minute": her channel's heading and her item
        assertThat(list(robot).getItems()).hasSize(2);
        assertThat(list(robot).getItems().get(0)).isInstanceOfSatisfying(QueueLine.Heading.class,
                h -> assertThat(h.text()).isEqualTo("LinkedIn — 1 waiting"));
        assertThat(text(robot, "#message-title")).isEqualTo("LinkedIn message to Grace Hopper");
        assertThat(model.summaryProperty().get()).contains("(1 match \u201c15-minute\u201d)");

        robot.clickOn("#outreach-search .clear-button");
        assertThat(robot.lookup("#outreach-search").queryTextInputControl().getText()).isEmpty();
        assertThat(list(robot).getItems()).hasSize(all);
        assertThat(text(robot, "#message-title")).isEqualTo("LinkedIn message to Grace Hopper");
    }

    @SuppressWarnings("unchecked")
    private static ListView<QueueLine> list(FxRobot robot) {
        return robot.lookup("#outreach-list").queryAs(ListView.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }
}
