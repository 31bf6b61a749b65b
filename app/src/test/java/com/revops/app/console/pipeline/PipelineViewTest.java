package com.revops.app.console.pipeline;

import static com.revops.app.console.pipeline.PipelineHistory.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.app.Formats;
import com.revops.app.cli.CliTestAccess;
import com.revops.app.console.ScreenId;
import com.revops.app.console.Theme;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.revenue.StageContact;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** The Pipeline screen in a real (headless) scene: the funnel shows what --pipeline says; a stage lists its contacts. */
@ExtendWith(ApplicationExtension.class)
class PipelineViewTest {
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private PipelineViewModel model;
    private final List<String> opened = new ArrayList<>();

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = PipelineHistory.environment(home);
        PipelineHistory.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        model = new PipelineViewModel(PipelineHistory.context(db, env));
        PipelineView view = new PipelineView(model, (screen, focus) -> opened.add(screen + " " + focus.orElse("")),
                java.time.ZoneOffset.UTC);
        Scene scene = new Scene(view.root(), 1300, 900);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFunnelShowsTheCountsAndValuesOfTheCliPipeline(FxRobot robot) {
        robot.interact(model::refresh);
        JsonNode pipeline = CliTestAccess.json(db, env, "--pipeline", "--json", "--as-of", AS_OF.toString());

        for (JsonNode stage : pipeline.get("stages")) {
            String code = stage.get("stage").asText();
            long contacts = stage.get("contacts").asLong();
            assertThat(text(robot, "#funnel-count-" + code)).isEqualTo(contacts + (contacts == 1 ? " contact" : " contacts"));
            assertThat(text(robot, "#funnel-value-" + code)).isEqualTo(Formats.money(stage.get("value").decimalValue()));
        }
        // by hand: 4 × $1,500 in awareness; E at the catalog mean in consideration
        assertThat(text(robot, "#funnel-count-awareness")).isEqualTo("4 contacts");
        assertThat(text(robot, "#funnel-value-awareness")).isEqualTo("$6,000");
        assertThat(text(robot, "#funnel-value-consideration")).isEqualTo("$2,124"); // 2124.25 on the chart, a summary in whole dollars
        assertThat(text(robot, "#pipeline-velocity")).isEqualTo("$423 per day");
    }

    @Test
    void conversionTableShowsTheCliRatesAndFlagsSmallSamples(FxRobot robot) {
        robot.interact(model::refresh);
        JsonNode rates = CliTestAccess.json(db, env, "--conversion-rates", "--json", "--as-of", AS_OF.toString());

        TableView<?> table = robot.lookup("#pipeline-conversion").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            JsonNode step = rates.get("steps").get(i);
            assertThat(cell(table, "Resolved", i)).isEqualTo(step.get("resolved").asText());
            assertThat(cell(table, "Blended", i)).isEqualTo(Formats.percent(step.get("rate").decimalValue()));
        }
        // (3 + 20 × 0.15) ÷ (6 + 20) = 23.1%, on 6 resolved contacts
        assertThat(cell(table, "Blended", 1)).isEqualTo("23.1%");
        assertThat(cell(table, "Sample", 1)).isEqualTo("n=6 — mostly prior");
        assertThat(robot.lookup(".small-sample").queryAll()).isNotEmpty();
    }

    @Test
    void clickingAStageListsItsContactsAndADoubleClickOpensOne(FxRobot robot) {
        robot.interact(model::refresh);

        robot.clickOn("#funnel-awareness");
        TableView<?> contacts = robot.lookup("#pipeline-contacts").queryAs(TableView.class);
        assertThat(contacts.getItems()).extracting(c -> ((StageContact) c).name())
                .containsExactly("Contact C0", "Contact C1", "Contact C2", "Contact C3");
        assertThat(text(robot, "#pipeline-contacts-title")).isEqualTo("Contacts in Awareness (4)");

        robot.clickOn("#pipeline-search").write("coaching");
        assertThat(contacts.getItems()).extracting(c -> ((StageContact) c).name()).containsExactly("Contact C2");
        robot.doubleClickOn("Contact C2");
        assertThat(opened).containsExactly(ScreenId.CONTACTS + " Contact C2");

        robot.clickOn("#funnel-decision");
        robot.interact(() -> model.searchProperty().set(""));
        assertThat(contacts.getItems()).extracting(c -> ((StageContact) c).name()).containsExactly("Contact F");
        assertThat(Optional.ofNullable(model.selectedStageProperty().get())).contains(com.revops.domain.common.Stage.DECISION);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String cell(TableView<?> table, String column, int row) {
        return table.getColumns().stream().filter(c -> c.getText().equals(column)).findFirst().orElseThrow()
                .getCellData(row).toString();
    }
}
