package com.revops.app.console.settings;

import com.revops.app.console.ui.FieldValidation;

import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The three values that price the operator's time in offer ROI, with Save. */
final class OperatorTimePane {
    private OperatorTimePane() {
    }

    static Node create(OperatorTimeModel model, ObservableBooleanValue writing) {
        Button save = new Button("Save your time");
        save.setId("settings-save-operator-time");
        save.disableProperty().bind(writing);
        save.setOnAction(e -> model.save());
        TextField rate = field("settings-hourly-rate", model.hourlyRateProperty(), 6);
        TextField outreach = field("settings-minutes-per-outreach", model.minutesPerOutreachProperty(), 4);
        TextField call = field("settings-minutes-per-call", model.minutesPerCallProperty(), 4);
        new FieldValidation().field(rate, model.hourlyRateProblemProperty()).field(outreach, model.minutesPerOutreachProblemProperty())
                .field(call, model.minutesPerCallProblemProperty());
        HBox row = new HBox(8, new Label("$"), rate, new Label("per hour ·"), outreach, new Label("min per outreach item sent ·"), call,
                new Label("min per call booked"), save);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, FormParts.section("Your time (offer ROI)"),
                FormParts.hint("Offer ROI counts your time as a cost beside ad spend and AI credits: each outreach item sent (DM, "
                        + "LinkedIn message, Upwork proposal) and each call booked, for the contact's offer, at this hourly rate. "
                        + "0 leaves that part out."),
                row,
                FormParts.message(FieldCheck.summary(FieldCheck.ordered("hourly rate", model.hourlyRateProblemProperty(),
                        "minutes per outreach item", model.minutesPerOutreachProblemProperty(), "minutes per call",
                        model.minutesPerCallProblemProperty())), "field-error", "settings-operator-time-problems"),
                FormParts.message(model.errorProperty(), "field-error", "settings-operator-time-error"),
                FormParts.message(model.resultProperty(), "success-banner", "settings-operator-time-result"));
    }

    private static TextField field(String id, StringProperty text, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(text);
        return field;
    }
}
