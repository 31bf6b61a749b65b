package com.revops.app.console.email;

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
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** The Email sequences screen headless: the week-over-week figures, the daily chart's points and the table. */
@ExtendWith(ApplicationExtension.class)
class EmailViewTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;

    @Start
    void start(Stage stage) {
        db = TestDatabase.fresh();
        EmailFixtures.load(db, NOW);
        EmailViewModel model = new EmailViewModel(TestConsole.on(db, home, NOW).context());
        stage.setScene(new Scene(new EmailView(model).root(), 1300, 860));
        stage.getScene().getStylesheets().add(Theme.stylesheet());
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void figuresChartAndTableShowTheNumbers(FxRobot robot) {
        assertThat(robot.lookup("#email-this-week").queryAs(Label.class).getText()).isEqualTo("10.0%");
        assertThat(robot.lookup("#email-last-week").queryAs(Label.class).getText()).isEqualTo("20.0%");
        assertThat(robot.lookup("#email-change").queryAs(Label.class).getText()).isEqualTo("−50.0%");
        LineChart<?, ?> chart = robot.lookup("#email-reply-chart").queryAs(LineChart.class);
        // two days with sends: 28 Feb at 10% and 21 Feb at 20%
        assertThat(chart.getData().get(0).getData()).extracting(d -> ((Number) d.getYValue()).doubleValue()).containsExactly(20.0, 10.0);
        assertThat(robot.lookup("#email-sequences").queryAs(TableView.class).getItems()).hasSize(3);
        assertThat(robot.lookup("Trial onboarding").tryQuery()).isPresent();
    }
}
