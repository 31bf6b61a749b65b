package com.revops.app.console.offers;

import static com.revops.app.console.offers.OfferHistory.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.controlsfx.control.PopOver;
import org.controlsfx.control.table.TableFilter;
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
import com.revops.app.console.ui.ColumnFilters;
import com.revops.app.console.ui.TableExport;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
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

        List<String> lines = export(robot, table, "offers.csv");
        assertThat(lines.get(0)).startsWith("Offer,Platform,Niche,Impressions");
        assertThat(lines.get(1)).isEqualTo("ai_automation,linkedin,agencies,0,0,0,2,1,\"$3,000.00\",$0.00,$4.00,$5.00,$9.00,50.0%,332.3×");
    }

    @Test
    void eachFigureHeaderHasAQuestionMarkThatOpensItsDefinitionWithoutSorting(FxRobot robot) {
        robot.interact(model::refresh);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#offers-rows").queryAs(TableView.class);
        // every measured column explains itself; the names (offer, platform, niche) need no definition
        assertThat(table.getColumns()).filteredOn(c -> c.getGraphic() != null).extracting(c -> c.getText())
                .containsExactlyInAnyOrder("Impressions", "Engagements", "DMs", "Entries", "Deals", "Revenue", "Ads", "AI", "Time",
                        "Cost", "Conversion", "ROI");

        robot.clickOn(robot.lookup("#offers-rows #glossary-offer-roi").queryLabeled());

        PopOver shown = popOver(robot);
        assertThat(shown.getTitle()).isEqualTo("ROI");
        Labeled counts = (Labeled) shown.getContentNode().lookup("#glossary-counts");
        assertThat(counts.getText()).isEqualTo("(Revenue − cost) ÷ cost; −1.0× means nothing came back; n/a at zero cost.");
        assertThat(table.getSortOrder()).as("a click on the ? does not sort").isEmpty();
        robot.interact(() -> shown.hide(javafx.util.Duration.ZERO));
    }

    @Test
    void aColumnFilterHidesRowsAndTheExportHoldsOnlyTheRowsShown(FxRobot robot) throws Exception {
        robot.interact(model::refresh);
        @SuppressWarnings("unchecked")
        TableView<OfferPerformance> table = robot.lookup("#offers-rows").queryAs(TableView.class);
        TableFilter<OfferPerformance> filter = ColumnFilters.of(table).orElseThrow();
        TableColumn<OfferPerformance, ?> platform = table.getColumns().stream().filter(c -> c.getText().equals("Platform")).findFirst().orElseThrow();
        assertThat(table.getItems()).hasSize(3);

        robot.interact(() -> {
            filter.getColumnFilter(platform).orElseThrow().initialize(); // what opening the header's filter does
            filter.unSelectAllValues(platform);
            filter.selectValue(platform, "linkedin");
            filter.executeFilter();
        });

        assertThat(table.getItems()).hasSize(1);
        assertThat(cell(table, "Niche", 0)).isEqualTo("agencies");
        assertThat(robot.lookup("#offers-count").queryLabeled().getText()).isEqualTo("1 of 3 rows after column filters");
        List<String> lines = export(robot, table, "offers-filtered.csv");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("ai_automation,linkedin,agencies,");

        robot.clickOn("#offers-clear");
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup("#offers-count").queryLabeled().getText()).isEqualTo("3 rows");
    }

    /** What Ctrl/Cmd+E writes once a file is chosen: the table as shown. */
    private static List<String> export(FxRobot robot, TableView<?> table, String name) throws java.io.IOException {
        Path csv = home.resolve(name);
        robot.interact(() -> {
            try {
                TableExport.write(table, csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return Files.readAllLines(csv);
    }

    private static PopOver popOver(FxRobot robot) {
        return robot.listWindows().stream().filter(PopOver.class::isInstance).map(PopOver.class::cast).filter(PopOver::isShowing)
                .findFirst().orElseThrow(() -> new AssertionError("no glossary PopOver is showing"));
    }

    private static String cell(TableView<?> table, String column, int row) {
        return table.getColumns().stream().filter(c -> c.getText().equals(column)).findFirst().orElseThrow()
                .getCellData(row).toString();
    }
}
