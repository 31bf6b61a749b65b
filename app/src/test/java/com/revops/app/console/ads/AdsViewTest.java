package com.revops.app.console.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
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
import com.revops.integrations.testing.FakeGraphApi;
import com.revops.integrations.testing.Fixtures;

import okhttp3.mockwebserver.MockWebServer;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The Ads screen headless: propose from a candidate, then approve only through the confirmation dialog. */
@ExtendWith(ApplicationExtension.class)
class AdsViewTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;

    private MockWebServer meta;
    private final FakeGraphApi graph = new FakeGraphApi();
    private AdsViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        db = TestDatabase.fresh();
        AdsFixtures.post(db, "ig-101", "8.7", "organic_only", 15000);
        db.jdbi().useHandle(h -> h.execute("UPDATE actp_content_performance SET meta_story_id = '104857600123_998877665544'"));
        meta = new MockWebServer();
        meta.setDispatcher(graph);
        meta.start();
        TestConsole console = TestConsole.on(db, home, NOW, Map.of("REVOPS_META_API_BASE", meta.url("/v21.0").toString(),
                "REVOPS_META_API_KEY", FakeGraphApi.TOKEN, "REVOPS_META_AD_ACCOUNT_ID", FakeGraphApi.ACCOUNT,
                "REVOPS_META_LOOKALIKE_AUDIENCE_ID", "23851234567890123"));
        model = new AdsViewModel(console.context());
        stage.setScene(new Scene(new AdsView(model, console.context()::zone).root(), 1300, 800));
        stage.getScene().getStylesheets().add(Theme.stylesheet());
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() throws IOException {
        db.close();
        meta.shutdown();
    }

    private String status() {
        return new Fixtures(db).text("SELECT status FROM actp_ad_campaigns");
    }

    @Test
    void proposeThenApproveThroughTheConfirmation(FxRobot robot) {
        robot.clickOn("ig-101");
        robot.doubleClickOn("#ads-budget").eraseText(8).write("11");
        assertThat(robot.lookup("#ads-budget-error").queryAs(Label.class).getText()).isEqualTo("must be between $5 and $10 a day (got $11.00)");
        assertThat(robot.lookup("#ads-propose").queryAs(Button.class).isDisabled()).isTrue();
        robot.doubleClickOn("#ads-budget").eraseText(8).write("7.50");
        robot.clickOn("#ads-propose");
        assertThat(status()).isEqualTo("proposed");

        robot.clickOn("proposed");
        robot.clickOn("#ads-approve");
        robot.clickOn("Cancel");
        assertThat(status()).isEqualTo("proposed");

        robot.clickOn("#ads-approve");
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("up to $7.50 a day");
        robot.clickOn(AdsView.APPROVE);
        assertThat(status()).isEqualTo("active");
        String metaCampaign = graph.ofKind("campaigns").get(0).id();
        assertThat(graph.statuses).containsEntry(metaCampaign, "ACTIVE");
        assertThat(robot.lookup("#ads-action-result").queryAs(Label.class).getText())
                .isEqualTo("Approved ig-101 (meta): active at $7.50/day, running at Meta as campaign " + metaCampaign + ".");
    }

    @Test
    void aLongPausedReasonWrapsOverLinesInsteadOfBeingCut(FxRobot robot) {
        String reason = "auto-paused: CPA $14.20 is above the $10.00 limit after 48 hours (3 conversions for $42.60 spent); "
                + "change the creative or the audience before resuming";
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_ad_campaigns (source_post_id, platform, status, daily_budget_usd, spend_usd, conversions, paused_reason)
                        VALUES ('ig-101', 'meta', 'paused', 9, 42.60, 3, :reason)""").bind("reason", reason).execute());
        robot.interact(model::refresh);
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#ads-campaigns .wrapped-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.getGraphic() instanceof javafx.scene.text.Text t && t.getText().equals(reason)).findFirst().orElseThrow();
        javafx.scene.text.Text text = (javafx.scene.text.Text) cell.getGraphic();
        javafx.scene.text.Text oneLine = new javafx.scene.text.Text("auto-paused");
        oneLine.setFont(text.getFont());
        // the whole reason, over at least three lines of the 300-px column, and the row as tall as the text
        assertThat(text.getLayoutBounds().getHeight()).isGreaterThan(2.5 * oneLine.getLayoutBounds().getHeight());
        assertThat(cell.getHeight()).isGreaterThanOrEqualTo(text.getLayoutBounds().getHeight());
    }
}
