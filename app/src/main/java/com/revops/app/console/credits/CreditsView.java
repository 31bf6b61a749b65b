package com.revops.app.console.credits;


import com.revops.app.Formats;
import com.revops.app.console.ui.Glossary;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.ScreenStylesheet;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Credits screen (SPEC §6): gauges, the suspension banner, spend per day and per month, the routing table. */
public final class CreditsView {
    private final CreditsViewModel model;
    private final Runnable openSettings;
    private final ScrollPane root = new ScrollPane();

    /** {@code openSettings}: where the routing table is edited (this screen shows it read-only). */
    public CreditsView(CreditsViewModel model, Runnable openSettings) {
        this.model = model;
        this.openSettings = openSettings;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        Label title = Headings.title("Credits");
        Label subtitle = Headings.subtitle(model.subtitleProperty());

        Label banner = new Label();
        banner.setId("credits-suspended-banner");
        banner.getStyleClass().add("suspended-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(model.bannerProperty());
        banner.visibleProperty().bind(model.suspendedProperty());
        banner.managedProperty().bind(model.suspendedProperty());

        GridPane gauges = grid(3);
        gauges.add(Glossary.explain(new BudgetGaugeTile("credits-today", model.todayProperty()).tile(), "credits.today"), 0, 0);
        gauges.add(Glossary.explain(new BudgetGaugeTile("credits-month", model.monthProperty()).tile(), "credits.month"), 1, 0);
        gauges.add(Glossary.explain(new BudgetGaugeTile("credits-projection", model.projectionProperty()).tile(), "credits.projection"), 2, 0);

        GridPane spend = grid(2);
        spend.add(DailySpendChart.of("Spend per day by model, last 30 days", "credits-chart-model", model.dailyByModelProperty()), 0, 0);
        spend.add(DailySpendChart.of("Spend per day by task type, last 30 days", "credits-chart-task", model.dailyByTaskTypeProperty()), 1, 0);
        spend.add(section("This month by model", spendTable("credits-by-model", "Model", model.byModel(), "credits-by-model")), 0, 1);
        spend.add(section("This month by task type", spendTable("credits-by-task", "Task type", model.byTaskType(), "credits-by-task-type")), 1, 1);

        VBox screen = new VBox(title, subtitle, banner, gauges, spend, routing());
        screen.getStyleClass().addAll("screen", "credits-screen");
        root.setContent(screen);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        root.getStylesheets().add(ScreenStylesheet.of("credits"));
    }

    private static GridPane grid(int columns) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }

    private static VBox section(String heading, javafx.scene.Node content) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-title");
        VBox box = new VBox(8, label, content);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static TableView<CreditsViewModel.SpendLine> spendTable(String id, String nameHeading,
                                                                   javafx.collections.ObservableList<CreditsViewModel.SpendLine> lines,
                                                                   String exportName) {
        TableView<CreditsViewModel.SpendLine> table = new TableView<>(lines);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumns.fitRows(table, 3);
        table.setPlaceholder(new Label("No AI spend this month"));
        table.getColumns().add(TableColumns.text(nameHeading, CreditsViewModel.SpendLine::name));
        table.getColumns().add(Glossary.explain(TableColumns.money("Spent", CreditsViewModel.SpendLine::spent), "credits.spent"));
        table.getColumns().add(Glossary.explain(TableColumns.optional("Share of month", CreditsViewModel.SpendLine::share, Formats::percent), "credits.share"));
        return TableExport.exportable(table, exportName);
    }

    /** The routing table, read-only here, with the way to where it is edited. */
    private VBox routing() {
        javafx.scene.control.Hyperlink edit = new javafx.scene.control.Hyperlink("Edit routes and budgets in Settings");
        edit.setId("credits-edit-routing");
        edit.setOnAction(e -> openSettings.run());
        VBox box = section("Routing table and the decision now", routingTable());
        box.getChildren().add(edit);
        return box;
    }

    private TableView<CreditsViewModel.RouteLine> routingTable() {
        TableView<CreditsViewModel.RouteLine> table = new TableView<>(model.routes());
        table.setId("credits-routing");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumns.fitRows(table, 4);
        table.getColumns().add(TableColumns.text("Task type", CreditsViewModel.RouteLine::taskType));
        table.getColumns().add(TableColumns.text("Model", CreditsViewModel.RouteLine::model));
        table.getColumns().add(TableColumns.text("Critical", r -> r.critical() ? "yes" : "no"));
        table.getColumns().add(TableColumns.text("Now", CreditsViewModel.RouteLine::decision));
        table.getColumns().add(TableColumns.text("Why", CreditsViewModel.RouteLine::reason));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CreditsViewModel.RouteLine item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("suspended"),
                        !empty && item != null && "suspended".equals(item.decision()));
            }
        });
        TableColumns.widths(table, 210, 110, 90, 110, 620);
        return TableExport.exportable(table, "credit-routing");
    }
}
