package com.revops.app.console.settings;

import com.revops.app.console.ui.FieldValidation;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** This month's and next month's revenue targets, with Save (an empty field clears that month's target). */
final class TargetsPane {
    private TargetsPane() {
    }

    static Node create(TargetsModel model, ObservableBooleanValue writing) {
        Button save = new Button("Save targets");
        save.setId("settings-save-targets");
        save.disableProperty().bind(writing);
        save.setOnAction(e -> model.save());
        TextField first = field("settings-target-this-month", model.thisMonthProperty());
        TextField second = field("settings-target-next-month", model.nextMonthProperty());
        new FieldValidation().field(first, model.thisMonthProblemProperty()).field(second, model.nextMonthProblemProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(0, label(model.thisMonthNameProperty()), new Label("$"), first);
        grid.addRow(1, label(model.nextMonthNameProperty()), new Label("$"), second);
        return new VBox(10, FormParts.section("Monthly targets"),
                FormParts.hint("New-deal revenue you aim for in the month (deal_won; recurring payments are shown beside it, not "
                        + "counted). The Dashboard, the Forecast and the daily brief give the chance of hitting this month's. "
                        + "Leave a field empty to have no target for that month. ./revops --target YYYY-MM AMOUNT does the same."),
                grid, save,
                FormParts.message(FieldCheck.summary(FieldCheck.ordered("this month", model.thisMonthProblemProperty(), "next month",
                        model.nextMonthProblemProperty())), "field-error", "settings-targets-problems"),
                FormParts.message(model.errorProperty(), "field-error", "settings-targets-error"),
                FormParts.message(model.resultProperty(), "success-banner", "settings-targets-result"));
    }

    private static Label label(javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setMinWidth(180);
        return label;
    }

    private static TextField field(String id, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        field.setPromptText("no target");
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
