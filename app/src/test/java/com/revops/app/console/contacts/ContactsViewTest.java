package com.revops.app.console.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.controlsfx.control.table.TableFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.revops.app.console.MainWindow;
import com.revops.app.console.Theme;
import com.revops.app.console.ui.ColumnFilters;
import com.revops.domain.common.Stage;
import com.revops.integrations.contacts.ContactSummary;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/** The Contacts screen in a real (headless) scene: search as you type, the detail, a stage move, and being sent a name. */
@ExtendWith(ApplicationExtension.class)
class ContactsViewTest {
    @TempDir
    static Path home;
    private Database db;
    private ContactsTestData data;
    private ContactsViewModel model;
    private Parent root;

    @Start
    void start(javafx.stage.Stage stage) {
        db = TestDatabase.fresh();
        data = new ContactsTestData(db);
        model = new ContactsViewModel(ContactsTestData.context(db, home));
        root = new ContactsView(model, java.time.ZoneOffset.UTC).root();
        Scene scene = new Scene(root, 1400, 860);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void typingSearchesThenTheDetailShowsHistoryAndTimelineAndAMoveWritesATransition(FxRobot robot) {
        robot.interact(model::refresh);
        assertThat(text(robot, "#contacts-count")).isEqualTo("showing 200 of 208 · most recently active first");

        robot.clickOn("#contacts-search").write("lovelace");
        waitUntilShown(robot, "#contacts-count", "1 contact"); // the search runs after a typing pause
        assertThat(text(robot, "#contacts-count")).isEqualTo("1 contact");
        robot.type(KeyCode.DOWN); // to the results: the first one opens

        assertThat(text(robot, "#contact-name")).isEqualTo("Ada Lovelace");
        assertThat(text(robot, "#contact-stage")).isEqualTo("Decision");
        assertThat(robot.lookup("#contact-stage-history").queryParent().getChildrenUnmodifiable()).hasSize(3);
        @SuppressWarnings("unchecked")
        ListView<com.revops.integrations.contacts.Interaction> timeline = robot.lookup("#contact-timeline").queryAs(ListView.class);
        assertThat(timeline.getItems()).extracting(i -> i.content().orElse("")).containsExactly(
                "Discovery call: wants invoices automated", "Asked about pricing", "Sent the automation checklist");

        robot.interact(() -> combo(robot).setValue(Stage.CALL_BOOKED));
        robot.clickOn("#contact-move");

        assertThat(data.transitions(data.ada)).endsWith("decision→call_booked");
        assertThat(text(robot, "#contacts-status")).isEqualTo("Moved Ada Lovelace from Decision to Call booked");
        assertThat(text(robot, "#contact-stage")).isEqualTo("Call booked");
        assertThat(robot.lookup("#contact-stage-history").queryParent().getChildrenUnmodifiable()).hasSize(4);
    }

    @Test
    void movingToTheStageItIsInIsRefused(FxRobot robot) {
        robot.interact(() -> model.open(data.ada));
        robot.clickOn("#contact-move");

        assertThat(text(robot, "#contacts-status")).isEqualTo("Ada Lovelace is already in Decision — choose another stage to move to");
        assertThat(data.transitions(data.ada)).hasSize(3);
    }

    @Test
    void aNameSentFromTheDashboardOpensThatContact(FxRobot robot) {
        // what MainWindow.show(CONTACTS, Optional.of(name)) does, then the screen's activation refresh
        robot.interact(() -> {
            ((MainWindow.Focusable) root.getUserData()).focus("Grace Hopper");
            model.refresh();
        });

        assertThat(robot.lookup("#contacts-search").queryTextInputControl().getText()).isEqualTo("Grace Hopper");
        assertThat(text(robot, "#contact-name")).isEqualTo("Grace Hopper");
        @SuppressWarnings("unchecked")
        TableView<com.revops.integrations.contacts.ContactSummary> table = robot.lookup("#contacts-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(data.grace);
    }

    @Test
    void theDetailTakesRoomOnlyWhileAContactIsOpenAndEscOrTheCloseButtonHidesIt(FxRobot robot) {
        robot.interact(model::refresh);
        assertThat(robot.lookup("#contact-detail").tryQuery()).isEmpty(); // the results have the whole width

        robot.interact(() -> model.open(data.ada));
        assertThat(robot.lookup("#contact-detail").tryQuery()).isPresent();
        robot.clickOn("#contacts-table").type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#contact-detail").tryQuery()).isEmpty();
        assertThat(model.detailProperty().get()).isNull();

        robot.interact(() -> model.open(data.grace));
        robot.clickOn("#contact-close");
        assertThat(robot.lookup("#contact-detail").tryQuery()).isEmpty();
    }

    @Test
    void columnsAreAsWideAsTheirLongestValueAndTheSearchFieldClears(FxRobot robot) {
        robot.interact(model::refresh);
        @SuppressWarnings("unchecked")
        TableView<com.revops.integrations.contacts.ContactSummary> table = robot.lookup("#contacts-table").queryAs(TableView.class);
        javafx.scene.text.Font cellFont = robot.lookup("#contacts-table .table-cell").queryLabeled().getFont();
        for (var column : table.getColumns()) {
            double widest = table.getItems().stream().map(row -> column.getCellObservableValue(row).getValue())
                    .filter(java.util.Objects::nonNull).mapToDouble(v -> width(String.valueOf(v), cellFont)).max().orElse(0);
            assertThat(column.getWidth()).as(column.getText()).isGreaterThan(widest); // "Consideration", not "Considerat…"
        }

        robot.clickOn("#contacts-search").write("lovelace");
        waitUntilShown(robot, "#contacts-count", "1 contact");
        robot.clickOn("#contacts-search .clear-button");
        assertThat(robot.lookup("#contacts-search").queryTextInputControl().getText()).isEmpty();
    }

    private static double width(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void aColumnFilterKeepsOnlyTheTickedValues(FxRobot robot) {
        robot.interact(model::refresh);
        @SuppressWarnings("unchecked")
        TableView<ContactSummary> table = robot.lookup("#contacts-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(200);
        long linkedin = model.results().stream().filter(c -> c.platform().orElse("").equals("linkedin")).count();
        TableFilter<ContactSummary> filter = ColumnFilters.of(table).orElseThrow();
        TableColumn<ContactSummary, ?> platform = table.getColumns().stream().filter(c -> c.getText().equals("Platform")).findFirst()
                .orElseThrow();

        robot.interact(() -> {
            filter.getColumnFilter(platform).orElseThrow().initialize(); // what opening the header's filter does
            filter.unSelectAllValues(platform);
            filter.selectValue(platform, "linkedin");
            filter.executeFilter();
        });

        // Ada and Grace are the linkedin contacts; the 205 bulk contacts are on "x", Bob on instagram
        assertThat(linkedin).isBetween(1L, 2L);
        assertThat(table.getItems()).hasSize((int) linkedin).allSatisfy(c -> assertThat(c.platform()).contains("linkedin"));
        robot.interact(filter::resetAllFilters);
        assertThat(table.getItems()).hasSize(200);
    }

    private static void waitUntilShown(FxRobot robot, String query, String expected) {
        try {
            WaitForAsyncUtils.waitFor((long) ContactsView.TYPING_PAUSE.toMillis() + 5000, TimeUnit.MILLISECONDS,
                    () -> expected.equals(text(robot, query)));
        } catch (java.util.concurrent.TimeoutException e) {
            // fall through: the assertion that follows names what was shown instead
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Stage> combo(FxRobot robot) {
        return robot.lookup("#contact-move-to").queryAs(ComboBox.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }
}
