package com.revops.app.console.logdeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.revops.app.console.TestConsole;
import com.revops.app.console.Theme;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

/** The Log deal form in a real headless scene: bad input refused on its field with nothing written; good input saved like the CLI. */
@ExtendWith(ApplicationExtension.class)
class LogDealViewTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;
    private LogDealViewModel model;
    private TestConsole console;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        Fixtures f = new Fixtures(db);
        f.contact("c-ada", "call_booked", Instant.parse("2026-02-27T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        f.contact("c-lost", "closed_lost", Instant.parse("2026-02-27T00:00:00Z"), Instant.parse("2026-02-01T10:00:00Z"), null);
        console = TestConsole.on(db, home, NOW, Map.of());
        model = new LogDealViewModel(console.context());
        stage.setScene(new Scene(new LogDealView(model).root(), 1100, 760));
        stage.getScene().getStylesheets().add(Theme.stylesheet());
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean saveDisabled(FxRobot robot) {
        return robot.lookup("#log-deal-save").queryAs(Button.class).isDisabled();
    }

    private void chooseOffer(FxRobot robot, String offer) {
        robot.clickOn("#log-deal-offer");
        robot.clickOn(offer);
    }

    private void pickSuggestion(FxRobot robot, String typed) throws Exception {
        robot.clickOn("#log-deal-contact").write(typed);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !model.contact().suggestions().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Node first = robot.lookup("#log-deal-suggestions .list-cell").match((ListCell<?> c) -> c.getItem() != null).query();
        robot.clickOn(first);
    }

    @Test
    void badAmountsAreRefusedUnderTheAmountFieldAndNothingIsWritten(FxRobot robot) {
        String before = TestConsole.state(db);
        robot.clickOn("#log-deal-contact").write("c-ada").type(KeyCode.TAB);
        chooseOffer(robot, "ai_automation");
        robot.clickOn("#log-deal-amount").write("-3500");
        assertThat(text(robot, "#log-deal-amount-error")).isEqualTo("must be greater than zero (got -3500)");
        assertThat(robot.lookup("#log-deal-amount").queryAs(TextField.class).getStyleClass()).contains("error"); // ValidationSupport's decoration
        assertThat(saveDisabled(robot)).isTrue();

        robot.doubleClickOn("#log-deal-amount").eraseText(10).write("lots");
        assertThat(text(robot, "#log-deal-amount-error")).isEqualTo("'lots' is not a number");
        assertThat(saveDisabled(robot)).isTrue();
        robot.clickOn("#log-deal-notes").type(KeyCode.ENTER); // Enter in the last field does not save a refused form

        robot.doubleClickOn("#log-deal-amount").eraseText(10).write("12.345");
        assertThat(text(robot, "#log-deal-amount-error")).isEqualTo("has more than two decimals (got 12.345)");
        assertThat(TestConsole.state(db)).isEqualTo(before);

        robot.doubleClickOn("#log-deal-amount").eraseText(10).write("3500"); // fixed: the decoration goes
        assertThat(robot.lookup("#log-deal-amount").queryAs(TextField.class).getStyleClass()).doesNotContain("error");
        assertThat(console.dataChanges()).hasValue(0);
    }

    @Test
    void anUnknownContactIsRefusedOnTheContactField(FxRobot robot) {
        String before = TestConsole.state(db);
        robot.clickOn("#log-deal-contact").write("c-nobody").type(KeyCode.TAB);
        robot.clickOn("#log-deal-amount").write("3500");
        chooseOffer(robot, "ai_automation");
        assertThat(saveDisabled(robot)).isFalse();
        robot.clickOn("#log-deal-save");
        assertThat(text(robot, "#log-deal-contact-error")).isEqualTo("no contact with id or external id 'c-nobody'");
        assertThat(robot.lookup("#log-deal-contact").queryAs(TextField.class).getStyleClass()).contains("error");
        assertThat(TestConsole.state(db)).isEqualTo(before);
    }

    @Test
    void aClosedLostContactIsRefusedOnTheContactField(FxRobot robot) throws Exception {
        String before = TestConsole.state(db);
        // typed as an id and saved: DealRecorder refuses, the message lands on the contact field
        robot.clickOn("#log-deal-contact").write("c-lost").type(KeyCode.TAB);
        robot.clickOn("#log-deal-amount").write("997");
        chooseOffer(robot, "personal_brand");
        robot.clickOn("#log-deal-save");
        assertThat(text(robot, "#log-deal-contact-error")).isEqualTo("Contact c-lost is closed_lost; re-open the contact before logging a deal");
        assertThat(TestConsole.state(db)).isEqualTo(before);

        // picked from the suggestions: refused at once, Save stays disabled
        robot.doubleClickOn("#log-deal-contact").eraseText(10);
        pickSuggestion(robot, "lost");
        assertThat(text(robot, "#log-deal-contact-error")).isEqualTo("Contact c-lost (c-lost) is closed_lost; re-open the contact before logging a deal");
        assertThat(saveDisabled(robot)).isTrue();
        assertThat(TestConsole.state(db)).isEqualTo(before);
    }

    @Test
    void aGoodDealIsRecordedMovesTheContactAndFiresTheAlert(FxRobot robot) throws Exception {
        pickSuggestion(robot, "ada");
        assertThat(robot.lookup("#log-deal-contact").queryAs(TextField.class).getText()).isEqualTo("Contact c-ada (c-ada)");
        // platform, niche and offer come from the contact
        assertThat(robot.lookup("#log-deal-platform").queryAs(TextField.class).getText()).isEqualTo("twitter");
        assertThat(robot.lookup("#log-deal-niche").queryAs(TextField.class).getText()).isEqualTo("saas");
        assertThat(model.offerProperty().get()).isEqualTo("ai_automation");
        robot.clickOn("#log-deal-amount").write("$3,500");
        robot.clickOn("#log-deal-notes").write("annual plan").type(KeyCode.ENTER);

        assertThat(text(robot, "#log-deal-success")).isEqualTo("Logged deal_won: Contact c-ada — $3,500.00 (ai_automation). "
                + "Moved from call_booked to closed_won. deal_closed alert queued; Telegram is not configured (Settings).");
        Fixtures f = new Fixtures(db);
        // 20 Feb 10:00 → 2 Mar 10:00 is 10 days
        assertThat(f.text("SELECT event_type || ':' || amount || ':' || offer_tag || ':' || platform_source || ':' || niche_source"
                + " || ':' || days_to_close || ':' || notes FROM actp_revenue_events"))
                .isEqualTo("deal_won:3500.00:ai_automation:twitter:saas:10:annual plan");
        assertThat(f.text("SELECT stage FROM crm_contacts WHERE external_id = 'c-ada'")).isEqualTo("closed_won");
        assertThat(f.texts("SELECT alert_type FROM revops_alerts")).containsExactly("deal_closed");
        assertThat(f.text("SELECT status || ': ' || body FROM revops_outbox")).startsWith("pending: ")
                .contains("Deal closed: Contact c-ada — $3,500.00 (ai_automation)");
        assertThat(console.dataChanges()).hasValue(1);
        // the form is ready for the next deal
        assertThat(robot.lookup("#log-deal-amount").queryAs(TextField.class).getText()).isEmpty();
        assertThat(saveDisabled(robot)).isTrue();
    }

    @Test
    void aRepeatedDealAsksForConfirmationBeforeItIsLogged(FxRobot robot) {
        for (int i = 0; i < 2; i++) {
            robot.clickOn("#log-deal-contact").write("c-ada").type(KeyCode.TAB);
            robot.clickOn("#log-deal-amount").write("3500");
            chooseOffer(robot, "ai_automation");
            robot.clickOn("#log-deal-save");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#log-deal-duplicate").query().isVisible()).isTrue();
        assertThat(text(robot, "#log-deal-duplicate-text")).startsWith("Contact c-ada already has deal ").endsWith("Log this one as another deal?");
        assertThat(saveDisabled(robot)).isTrue();
        assertThat(new Fixtures(db).count("SELECT count(*) FROM actp_revenue_events")).isEqualTo(1);

        robot.clickOn("#log-deal-duplicate-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-deal-duplicate").query().isVisible()).isFalse();
        assertThat(text(robot, "#log-deal-success")).startsWith("Logged deal_won: Contact c-ada — $3,500.00 (ai_automation)");
        assertThat(new Fixtures(db).count("SELECT count(*) FROM actp_revenue_events")).isEqualTo(2);
    }
}
