package com.revops.app.console.offers;

import static com.revops.app.console.offers.OfferHistory.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import com.revops.app.console.ui.TableExport;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/** The Offers screen in a real (headless) scene: the CLI's rows, narrowed by the filters, exported as shown. */
@ExtendWith(ApplicationExtension.class)
class OffersViewTest {
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private OffersViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = OfferHistory.environment(home);
        OfferHistory.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        model = new OffersViewModel(OfferHistory.context(db, env));
        Scene scene = new Scene(new OffersView(model).root(), 1300, 900);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theTableShowsTheCliRowsAndAFilterNarrowsThem(FxRobot robot) {
        robot.interact(model::refresh);
        JsonNode json = CliTestAccess.json(db, env, "--offer-performance", "--json", "--as-of", AS_OF.toString());
        TableView<?> table = robot.lookup("#offers-rows").queryAs(TableView.class);

        assertThat(table.getItems()).hasSize(json.get("rows").size()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode row = json.get("rows").get(i);
            assertThat(cell(table, "Offer", i)).isEqualTo(row.get("offer").asText());
            assertThat(cell(table, "Platform", i)).isEqualTo(row.get("platform").asText());
            assertThat(cell(table, "Revenue", i)).isEqualTo(Formats.moneyCents(row.get("revenue").decimalValue()));
            assertThat(cell(table, "ROI", i)).isEqualTo(row.get("roi").isNull() ? "n/a" : Formats.times(java.util.Optional.of(row.get("roi").decimalValue())));
        }
        assertThat(cell(table, "ROI", 0)).isEqualTo("55.9×");
        assertThat(cell(table, "ROI", 2)).isEqualTo("n/a");

        @SuppressWarnings("unchecked")
        ComboBox<String> platform = robot.lookup("#offers-filter-platform").queryAs(ComboBox.class);
        robot.interact(() -> platform.setValue("linkedin"));
        assertThat(table.getItems()).hasSize(1);
        assertThat(cell(table, "Niche", 0)).isEqualTo("agencies");
        assertThat(cell(table, "Revenue", 0)).isEqualTo("$3,000.00");

        robot.clickOn("#offers-clear");
        robot.clickOn("#offers-filter-text").write("coach");
        assertThat(table.getItems()).hasSize(1);
        assertThat(cell(table, "Offer", 0)).isEqualTo("personal_brand");
        assertThat(robot.lookup("#offers-count").queryLabeled().getText()).isEqualTo("1 of 3 rows");
        robot.clickOn("#offers-filter-text .clear-button");
        assertThat(robot.lookup("#offers-filter-text").queryTextInputControl().getText()).isEmpty();
        assertThat(table.getItems()).hasSize(3);
    }

    @Test
    void rowsSortByValueAndExportAsShown(FxRobot robot) throws Exception {
        robot.interact(model::refresh);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#offers-rows").queryAs(TableView.class);
        var roi = table.getColumns().stream().filter(c -> c.getText().equals("ROI")).findFirst().orElseThrow();
        robot.interact(() -> {
            roi.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(roi));
        });
        // linkedin (3000 − 9) ÷ 9 = 332.3× before twitter 55.9× before n/a: by the number, not the text
        assertThat(List.of(cell(table, "ROI", 0), cell(table, "ROI", 1), cell(table, "ROI", 2))).containsExactly("332.3×", "55.9×", "n/a");

        Path csv = home.resolve("offers.csv");
        robot.interact(() -> {
            try {
                TableExport.write(table, csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("Offer,Platform,Niche,Impressions");
        assertThat(lines.get(1)).isEqualTo("ai_automation,linkedin,agencies,0,0,0,2,1,\"$3,000.00\",$0.00,$4.00,$5.00,$9.00,50.0%,332.3×");
    }

    @Test
    void eachFigureHeaderCarriesItsGlossaryEntry(FxRobot robot) {
        robot.interact(model::refresh);
        var headers = robot.lookup("#offers-rows .column-header").queryAllAs(javafx.scene.control.skin.TableColumnHeader.class);
        java.util.Map<String, String> tooltips = new java.util.HashMap<>();
        for (var header : headers) {
            Object tooltip = header.getProperties().get("javafx.scene.control.Tooltip");
            if (tooltip instanceof javafx.scene.control.Tooltip t) {
                tooltips.put(header.getTableColumn().getText(), t.getText());
            }
        }
        // every measured column explains itself; the names (offer, platform, niche) need no definition
        assertThat(tooltips.keySet()).containsExactlyInAnyOrder("Impressions", "Engagements", "DMs", "Entries", "Deals", "Revenue",
                "Ads", "AI", "Time", "Cost", "Conversion", "ROI");
        assertThat(tooltips.get("ROI")).isEqualTo("ROI: (Revenue − cost) ÷ cost; −1.0× means nothing came back; n/a at zero cost.\n"
                + "Window: the last 90 days\nSource: as Revenue and Cost");
        assertThat(tooltips.get("Revenue")).contains("\"(no offer)\"");
    }

    private static String cell(TableView<?> table, String column, int row) {
        return table.getColumns().stream().filter(c -> c.getText().equals(column)).findFirst().orElseThrow()
                .getCellData(row).toString();
    }
}
