package com.revops.app.console.settings;

import com.revops.app.console.ui.FieldValidation;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Telegram and the API keys: a password field per secret (never filled with what is stored), its status beside it. */
final class ServiceKeysPane {
    private ServiceKeysPane() {
    }

    static Node create(ServiceKeysModel model, javafx.beans.value.ObservableBooleanValue writing) {
        GridPane grid = new GridPane();
        FieldValidation validation = new FieldValidation();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints field = new ColumnConstraints(260, 340, 420);
        ColumnConstraints status = new ColumnConstraints();
        status.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(110), new ColumnConstraints(150), field, status);
        int row = 0;
        String service = "";
        for (ServiceKey key : model.keys()) {
            if (!key.service().equals(service)) {
                service = key.service();
                Label name = new Label(service);
                name.getStyleClass().add("form-label");
                grid.add(name, 0, row);
                if (key.source().isPresent()) {
                    String source = key.source().get();
                    Button test = new Button("Test connection");
                    test.setId("settings-test-" + source);
                    test.disableProperty().bind(writing);
                    test.setOnAction(e -> model.testConnection(source));
                    Label answer = new Label();
                    answer.setId("settings-test-" + source + "-result");
                    answer.getStyleClass().add("settings-status");
                    answer.textProperty().bind(model.connectionResult(source));
                    HBox line = new HBox(8, test, answer);
                    line.setAlignment(Pos.CENTER_LEFT);
                    grid.add(line, 4, row);
                }
            }
            grid.add(new Label(key.label()), 1, row);
            TextInputControl input = key.secret() ? new PasswordField() : new TextField();
            input.setId("settings-key-" + key.name().replace('.', '-').replace('_', '-'));
            input.setPromptText(key.secret() ? "type a new one to replace it" : "e.g. " + key.example());
            input.textProperty().bindBidirectional(model.typedProperty(key));
            validation.field(input, model.problemProperty(key));
            grid.add(input, 2, row);
            Label state = new Label();
            state.setId(input.getId() + "-status");
            state.getStyleClass().add("settings-status");
            state.textProperty().bind(model.statusProperty(key));
            state.textProperty().addListener((o, a, text) -> {
                state.getStyleClass().removeAll("override", "unset");
                if (text.startsWith("from environment")) {
                    state.getStyleClass().add("override");
                } else if (text.equals("not set")) {
                    state.getStyleClass().add("unset");
                }
            });
            grid.add(state, 3, row++);
        }
        Button save = new Button("Save keys");
        save.setId("settings-save-keys");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(writing);
        save.setOnAction(e -> model.save());
        Button test = new Button("Test Telegram");
        test.setId("settings-test-telegram");
        test.disableProperty().bind(writing);
        test.setOnAction(e -> model.testTelegram());
        HBox actions = new HBox(10, save, test, FormParts.message(model.telegramResultProperty(), "hint", "settings-telegram-result"));
        actions.setAlignment(Pos.CENTER_LEFT);
        Label store = new Label();
        store.getStyleClass().add("hint");
        store.setWrapText(true);
        store.textProperty().bind(model.storeDescriptionProperty());
        return new VBox(10, FormParts.section("Telegram and API keys"), store, grid, actions,
                FormParts.message(model.errorProperty(), "field-error", "settings-keys-error"),
                FormParts.message(model.resultProperty(), "success-banner", "settings-keys-result"));
    }
}
