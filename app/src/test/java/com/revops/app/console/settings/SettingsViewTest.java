package com.revops.app.console.settings;

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

import com.revops.app.console.TestConsole;
import com.revops.app.console.Theme;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Settings headless: keys typed, saved and never shown again; "Test Telegram" against a local Telegram stand-in. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;
    private MockWebServer telegram;

    @Start
    void start(Stage stage) throws Exception {
        db = TestDatabase.fresh();
        telegram = new MockWebServer();
        telegram.start();
        TestConsole console = TestConsole.on(db, home, NOW, Map.of("REVOPS_TELEGRAM_API_BASE", telegram.url("/").toString()));
        SettingsViewModel model = new SettingsViewModel(console.context());
        stage.setScene(new Scene(new SettingsView(model).root(), 1300, 860));
        stage.getScene().getStylesheets().add(Theme.stylesheet());
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() throws Exception {
        telegram.shutdown();
        db.close();
    }

    @Test
    void testTelegramSendsAMessageAndKeysAreNeverShownOnceStored(FxRobot robot) throws Exception {
        telegram.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":{\"message_id\":4242,\"chat\":{\"id\":-100777}}}"));
        robot.clickOn("Telegram & keys");
        robot.clickOn("#settings-key-telegram-bot-token").write(SettingsViewModelTest.TOKEN);
        robot.clickOn("#settings-key-telegram-chat-id").write("-100777");
        robot.clickOn("#settings-test-telegram");

        assertThat(robot.lookup("#settings-telegram-result").queryAs(Label.class).getText())
                .isEqualTo("Test message sent (Telegram message 4242).");
        RecordedRequest request = telegram.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/bot" + SettingsViewModelTest.TOKEN + "/sendMessage");
        String body = request.getBody().readUtf8();
        assertThat(body).contains("\"chat_id\":\"-100777\"").contains("RevOps Console: test message");

        // a test changes nothing: what was typed is still there to be saved
        assertThat(robot.lookup("#settings-key-telegram-chat-id").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("-100777");
        robot.clickOn("#settings-save-keys");
        assertThat(robot.lookup("#settings-key-telegram-bot-token-status").queryAs(Label.class).getText()).isEqualTo("stored ✓");
        assertThat(robot.lookup("#settings-key-telegram-bot-token").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#settings-key-telegram-api-base-status").tryQuery()).isEmpty();
    }

    @Test
    void aTelegramErrorIsReported(FxRobot robot) {
        telegram.enqueue(new MockResponse().setResponseCode(400)
                .setBody("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}"));
        robot.clickOn("Telegram & keys");
        robot.clickOn("#settings-key-telegram-bot-token").write(SettingsViewModelTest.TOKEN);
        robot.clickOn("#settings-key-telegram-chat-id").write("-1");
        robot.clickOn("#settings-test-telegram");
        assertThat(robot.lookup("#settings-telegram-result").queryAs(Label.class).getText())
                .startsWith("Telegram: the test failed:").contains("chat not found").doesNotContain(SettingsViewModelTest.TOKEN);
    }

    @Test
    void eachSettingsFieldIsDecoratedByTheRuleSaveAndTheCliApply(FxRobot robot) {
        robot.clickOn("Offers");
        javafx.scene.control.TextField rate = robot.lookup("#settings-hourly-rate").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(rate).eraseText(6).write("-5");
        // OperatorTime's own words, as --offer-performance settings and Save refuse it
        assertThat(rate.getStyleClass()).contains("error");
        assertThat(rate.getTooltip().getText()).isEqualTo("must not be negative (got -5)");
        assertThat(robot.lookup("#settings-operator-time-problems").queryAs(Label.class).getText())
                .isEqualTo("hourly rate: must not be negative (got -5)");
        robot.doubleClickOn(rate).eraseText(6).write("120");
        assertThat(rate.getStyleClass()).doesNotContain("error");
        assertThat(rate.getTooltip()).isNull();
        assertThat(robot.lookup("#settings-operator-time-problems").queryAs(Label.class).isVisible()).isFalse();

        javafx.scene.control.TextField tag = robot.lookup("#settings-new-offer-tag").queryAs(javafx.scene.control.TextField.class);
        assertThat(tag.getStyleClass()).doesNotContain("error"); // an empty row to add an offer is not a problem yet
        robot.clickOn(tag).write("Big Deal");
        assertThat(tag.getStyleClass()).contains("error");
        assertThat(tag.getTooltip().getText()).startsWith("'Big Deal' is not an offer tag");

        robot.clickOn("Budgets & routing");
        javafx.scene.control.TextField warn = robot.lookup("#settings-daily-warn").queryAs(javafx.scene.control.TextField.class);
        robot.doubleClickOn(warn).eraseText(6).write("150");
        assertThat(warn.getStyleClass()).contains("error");
        assertThat(robot.lookup("#settings-budgets-problems").queryAs(Label.class).getText())
                .isEqualTo("daily warning %: must be between 1 and 100 (got 150)");

        robot.clickOn("Telegram & keys");
        javafx.scene.control.TextField chat = robot.lookup("#settings-key-telegram-chat-id").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(chat).write("my chat");
        assertThat(chat.getStyleClass()).contains("error");
        assertThat(chat.getTooltip().getText()).contains("does not look right");
    }
}
