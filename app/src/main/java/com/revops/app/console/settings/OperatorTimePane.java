package com.revops.app.console.settings;

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
        HBox row = new HBox(8, new Label("$"), field("settings-hourly-rate", model.hourlyRateProperty(), 6), new Label("per hour ·"),
                field("settings-minutes-per-outreach", model.minutesPerOutreachProperty(), 4), new Label("min per outreach item sent ·"),
                field("settings-minutes-per-call", model.minutesPerCallProperty(), 4), new Label("min per call booked"), save);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, FormParts.section("Your time (offer ROI)"),
                FormParts.hint("Offer ROI counts your time as a cost beside ad spend and AI credits: each outreach item sent (DM, "
                        + "LinkedIn message, Upwork proposal) and each call booked, for the contact's offer, at this hourly rate. "
                        + "0 leaves that part out."),
                row,
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
