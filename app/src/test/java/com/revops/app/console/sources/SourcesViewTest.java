package com.revops.app.console.sources;

import static com.revops.app.console.sources.SourceHistory.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

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
import com.revops.app.console.Theme;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** Sources & attribution in a real (headless) scene: the CLI's top sources as charts; a chosen dimension's attribution. */
@ExtendWith(ApplicationExtension.class)
class SourcesViewTest {
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private SourcesViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = SourceHistory.environment(home);
        SourceHistory.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        model = new SourcesViewModel(SourceHistory.context(db, env));
        Scene scene = new Scene(new SourcesView(model).root(), 1300, 900);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void chartsShowTheCliTopSources(FxRobot robot) {
        robot.interact(model::refresh);
        JsonNode json = CliTestAccess.json(db, env, "--top-sources", "--json", "--as-of", AS_OF.toString());

        BarChart<?, ?> platforms = robot.lookup("#sources-platforms").queryAs(BarChart.class);
        var bars = platforms.getData().get(0).getData();
        assertThat(bars).hasSize(json.get("platforms").size());
        for (int i = 0; i < bars.size(); i++) {
            assertThat(bars.get(i).getXValue()).isEqualTo(json.get("platforms").get(i).get("platform").asText());
            assertThat(((Number) bars.get(i).getYValue()).doubleValue()).isEqualTo(json.get("platforms").get(i).get("revenue").asDouble());
        }
        assertThat(((Number) bars.get(1).getYValue()).doubleValue()).isEqualTo(4997.0); // linkedin 4000 + 997
        BarChart<?, ?> niches = robot.lookup("#sources-niches").queryAs(BarChart.class);
        assertThat(niches.getData().get(0).getData()).hasSize(3);
        assertThat(robot.lookup("#sources-best").queryAs(Label.class).getText())
                .isEqualTo(json.get("best").get("platform").asText() + " → " + json.get("best").get("niche").asText())
                .isEqualTo("twitter → saas");
        assertThat(robot.lookup("#sources-best-detail").queryAs(Label.class).getText())
                .isEqualTo(Formats.money(json.get("best").get("revenue").decimalValue()) + " from 2 deals");
    }

    @Test
    void choosingADimensionShowsItsRowsWithHandWorkedCpaAndRoas(FxRobot robot) {
        robot.interact(model::refresh);
        TableView<?> table = robot.lookup("#sources-attribution").queryAs(TableView.class);
        // platform first: tiktok $15 over 2 purchases = $7.50; 89.98 ÷ 15 = 6.0×
        assertThat(cell(table, 0, 1)).isEqualTo("tiktok");
        assertThat(cell(table, 7, 1)).isEqualTo("$7.50");
        assertThat(cell(table, 8, 1)).isEqualTo("6.0×");
        assertThat(cell(table, 8, 0)).isEqualTo("n/a"); // instagram: nothing spent

        robot.clickOn("#sources-dimension");
        robot.clickOn("Niche");
        assertThat(table.getColumns().get(0).getText()).isEqualTo("Niche");
        assertThat(table.getItems()).hasSize(2);
        // saas: tiktok and youtube, $15 + $10 over 2 purchases = $12.50; 89.98 ÷ 25 = 3.6×
        assertThat(cell(table, 0, 1)).isEqualTo("saas");
        assertThat(cell(table, 1, 1)).isEqualTo("14");
        assertThat(cell(table, 6, 1)).isEqualTo("$25.00");
        assertThat(cell(table, 7, 1)).isEqualTo("$12.50");
        assertThat(cell(table, 8, 1)).isEqualTo("3.6×");
        assertThat(cell(table, 7, 0)).isEqualTo("$0.00"); // coaching: 1 purchase, nothing spent
    }

    private static String cell(TableView<?> table, int column, int row) {
        return table.getColumns().get(column).getCellData(row).toString();
    }
}
