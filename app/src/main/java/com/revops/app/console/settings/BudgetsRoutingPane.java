package com.revops.app.console.settings;

import java.util.List;

import com.revops.app.console.ui.FieldValidation;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.domain.credits.Route;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Budgets (limit and warning % per scope) and the routing table (model and critical editable in the cells). */
final class BudgetsRoutingPane {
    private BudgetsRoutingPane() {
    }

    static Node create(BudgetsModel budgets, RoutingModel routing, ObservableBooleanValue writing) {
        FieldValidation validation = new FieldValidation();
        HBox daily = budgetRow("Daily", budgets.dailyLimitProperty(), budgets.dailyWarnProperty(), "daily");
        HBox monthly = budgetRow("Monthly", budgets.monthlyLimitProperty(), budgets.monthlyWarnProperty(), "monthly");
        validation.field((TextField) daily.getChildren().get(2), budgets.dailyLimitProblemProperty())
                .field((TextField) daily.getChildren().get(4), budgets.dailyWarnProblemProperty())
                .field((TextField) monthly.getChildren().get(2), budgets.monthlyLimitProblemProperty())
                .field((TextField) monthly.getChildren().get(4), budgets.monthlyWarnProblemProperty());
        Button save = new Button("Save budgets");
        save.setId("settings-save-budgets");
        save.disableProperty().bind(writing);
        save.setOnAction(e -> budgets.save());

        TableView<Route> table = TableExport.exportable(new TableView<>(routing.routes()), "credit-routing");
        table.setId("settings-routes");
        table.setEditable(true);
        TableColumn<Route, String> model = TableColumns.text("Model", Route::model);
        model.setCellFactory(ComboBoxTableCell.forTableColumn(routing.models()));
        model.setOnEditCommit(e -> routing.update(e.getRowValue(), e.getNewValue(), e.getRowValue().critical()));
        TableColumn<Route, String> critical = TableColumns.text("Critical (runs past the budget)", r -> r.critical() ? "yes" : "no");
        critical.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList("yes", "no")));
        critical.setOnEditCommit(e -> routing.update(e.getRowValue(), e.getRowValue().model(), "yes".equals(e.getNewValue())));
        TableColumn<Route, String> task = TableColumns.text("Task type", Route::taskType);
        task.setEditable(false);
        table.getColumns().addAll(List.<TableColumn<Route, ?>>of(task, model, critical));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(32);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(routing.routes()).multiply(32).add(46));
        table.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.setMaxWidth(760);

        TextField newTask = new TextField();
        newTask.setId("settings-new-task");
        newTask.setPromptText("new task type");
        newTask.textProperty().bindBidirectional(routing.newTaskProperty());
        ComboBox<String> newModel = new ComboBox<>(routing.models());
        newModel.setId("settings-new-model");
        newModel.valueProperty().bindBidirectional(routing.newModelProperty());
        CheckBox newCritical = new CheckBox("critical");
        newCritical.selectedProperty().bindBidirectional(routing.newCriticalProperty());
        Button add = new Button("Add route");
        add.setId("settings-add-route");
        add.disableProperty().bind(writing);
        add.setOnAction(e -> routing.add());
        HBox addRow = new HBox(10, newTask, newModel, newCritical, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        return new VBox(10, FormParts.section("AI credit budgets"),
                FormParts.hint("At the warning % a Telegram warning goes out; at 100% of the daily budget non-critical generation is "
                        + "suspended until the budget resets."),
                daily, monthly, save,
                FormParts.message(FieldCheck.summary(FieldCheck.ordered("daily limit", budgets.dailyLimitProblemProperty(), "daily warning %",
                        budgets.dailyWarnProblemProperty(), "monthly limit", budgets.monthlyLimitProblemProperty(), "monthly warning %",
                        budgets.monthlyWarnProblemProperty())), "field-error", "settings-budgets-problems"),
                FormParts.message(budgets.errorProperty(), "field-error", "settings-budgets-error"),
                FormParts.message(budgets.resultProperty(), "success-banner", "settings-budgets-result"),
                FormParts.section("Routing"), FormParts.hint("Double-click a model or critical cell to change it; it is saved at once."),
                table, addRow,
                FormParts.message(routing.errorProperty(), "field-error", "settings-routes-error"),
                FormParts.message(routing.resultProperty(), "success-banner", "settings-routes-result"));
    }

    private static HBox budgetRow(String name, StringProperty limit, StringProperty warn, String id) {
        Label label = new Label(name);
        label.getStyleClass().add("form-label");
        label.setMinWidth(80);
        TextField limitField = new TextField();
        limitField.setId("settings-" + id + "-limit");
        limitField.setPrefColumnCount(8);
        limitField.textProperty().bindBidirectional(limit);
        TextField warnField = new TextField();
        warnField.setId("settings-" + id + "-warn");
        warnField.setPrefColumnCount(4);
        warnField.textProperty().bindBidirectional(warn);
        HBox row = new HBox(8, label, new Label("limit $"), limitField, new Label("warn at"), warnField, new Label("%"));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
