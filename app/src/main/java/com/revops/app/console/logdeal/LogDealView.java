package com.revops.app.console.logdeal;

import com.revops.app.console.ui.FieldValidation;
import com.revops.app.console.ui.Headings;
import com.revops.integrations.contacts.ContactSummary;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The Log deal form: one row per field, its message under it, contact suggestions floating under the contact field. */
public final class LogDealView {
    static final Duration SEARCH_DELAY = Duration.millis(200);

    private final LogDealViewModel model;
    private final VBox root = new VBox();
    private final TextField contact = new TextField();
    private final ListView<ContactSummary> suggestions = new ListView<>();
    private final TextField amount = new TextField();
    private final ComboBox<String> offer = new ComboBox<>();
    private final ComboBox<String> eventType = new ComboBox<>();
    private final TextField platform = new TextField();
    private final TextField niche = new TextField();
    private final TextField notes = new TextField();
    private final Button save = new Button("Save deal");
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private final FieldValidation validation = new FieldValidation();

    public LogDealView(LogDealViewModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "log-deal");
        Label title = Headings.title("Log deal");
        Label subtitle = Headings.subtitle("A won deal, an upsell, a recurring payment or a churn — the same as ./revops --log-deal. "
                + "The numbers on every screen update and the deal_closed alert fires.");

        GridPane form = new GridPane();
        form.setHgap(14);
        form.setVgap(10);
        form.setMaxWidth(720);
        form.getColumnConstraints().addAll(new ColumnConstraints(110), grow());

        contact.setId("log-deal-contact");
        contact.setPromptText("Type a name, handle or email — or a contact id");
        contact.textProperty().bindBidirectional(model.contact().textProperty());
        amount.setId("log-deal-amount");
        amount.setPromptText("e.g. 3500 or $3,500.00");
        amount.textProperty().bindBidirectional(model.amountProperty());
        amount.setMaxWidth(220);
        offer.setId("log-deal-offer");
        offer.setItems(model.offers());
        offer.setPromptText("Choose the offer");
        offer.valueProperty().bindBidirectional(model.offerProperty());
        offer.setPrefWidth(280);
        // a ComboBox shows no prompt once its value went back to null: the button cell shows it instead
        offer.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? offer.getPromptText() : item);
            }
        });
        eventType.setId("log-deal-event-type");
        eventType.getItems().setAll(LogDealViewModel.EVENT_TYPES);
        eventType.valueProperty().bindBidirectional(model.eventTypeProperty());
        eventType.setPrefWidth(280);
        platform.setId("log-deal-platform");
        platform.setPromptText("from the contact");
        platform.textProperty().bindBidirectional(model.platformProperty());
        niche.setId("log-deal-niche");
        niche.setPromptText("from the contact");
        niche.textProperty().bindBidirectional(model.nicheProperty());
        notes.setId("log-deal-notes");
        notes.setPromptText("Optional — Enter saves");
        notes.textProperty().bindBidirectional(model.notesProperty());

        int row = 0;
        form.add(label("Contact *"), 0, row);
        form.add(new VBox(3, withError(contact, model.contactErrorProperty(), "log-deal-contact-error"), suggestions), 1, row++);
        form.add(label("Amount *"), 0, row);
        form.add(withError(amount, model.amountErrorProperty(), "log-deal-amount-error"), 1, row++);
        form.add(label("Offer *"), 0, row);
        form.add(withError(offer, model.offerErrorProperty(), "log-deal-offer-error"), 1, row++);
        form.add(label("Event type"), 0, row);
        form.add(withError(eventType, model.eventTypeErrorProperty(), "log-deal-event-type-error"), 1, row++);
        Label nicheLabel = new Label("Niche");
        nicheLabel.getStyleClass().add("form-label");
        HBox.setHgrow(platform, Priority.ALWAYS);
        HBox.setHgrow(niche, Priority.ALWAYS);
        HBox source = new HBox(10, platform, nicheLabel, niche);
        source.setAlignment(Pos.CENTER_LEFT);
        form.add(label("Platform"), 0, row);
        form.add(source, 1, row++);
        form.add(label("Notes"), 0, row);
        form.add(notes, 1, row++);
        Label closedAt = new Label("now — the deal is dated when you save");
        closedAt.getStyleClass().add("hint");
        closedAt.setPadding(new Insets(6, 0, 0, 0));
        form.add(label("Closed at"), 0, row);
        form.add(withError(closedAt, model.closedAtErrorProperty(), "log-deal-closed-at-error"), 1, row++);

        save.setId("log-deal-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        Label keys = new Label("Ctrl/Cmd+L opens this form · Enter in Notes saves");
        keys.getStyleClass().add("hint");
        HBox actions = new HBox(14, save, keys);
        actions.setAlignment(Pos.CENTER_LEFT);
        form.add(duplicateQuestion(), 1, row++);
        form.add(actions, 1, row++);

        suggestions.setId("log-deal-suggestions");
        suggestions.setItems(model.contact().suggestions());
        suggestions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ContactSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ContactPicker.describe(item));
            }
        });
        suggestions.prefHeightProperty().bind(Bindings.min(200, Bindings.size(model.contact().suggestions()).multiply(30).add(4)));
        suggestions.setMaxHeight(Control.USE_PREF_SIZE);
        // shown under the field while the operator is in it: the rows below move down rather than being covered
        suggestions.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.contact().suggestions().isEmpty()
                        && (contact.isFocused() || suggestions.isFocused()), model.contact().suggestions(), contact.focusedProperty(),
                suggestions.focusedProperty()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.setFocusTraversable(false);
        suggestions.getStyleClass().add("suggestions");

        Label success = new Label();
        success.setId("log-deal-success");
        success.getStyleClass().add("success-banner");
        success.setWrapText(true);
        success.setMaxWidth(720);
        success.textProperty().bind(model.successProperty());
        success.visibleProperty().bind(Bindings.isNotEmpty(model.successProperty()));
        success.managedProperty().bind(success.visibleProperty());

        root.getChildren().addAll(title, subtitle, success, form);
        root.setPadding(new Insets(18));
    }

    private void initListeners() {
        searchDelay.setOnFinished(e -> {
            if (contact.isFocused()) {
                model.contact().search(contact.getText());
            }
        });
        contact.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                searchDelay.stop();
            }
        });
        contact.textProperty().addListener((o, a, b) -> {
            if (model.contact().pickedProperty().get() == null) {
                searchDelay.playFromStart();
            }
        });
        contact.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !suggestions.getItems().isEmpty()) {
                suggestions.requestFocus();
                suggestions.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchDelay.stop();
                model.contact().suggestions().clear();
            }
        });
        suggestions.setOnMouseClicked(e -> pickSelected());
        suggestions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickSelected();
                e.consume();
            }
        });
        save.disableProperty().bind(model.canSaveProperty().not());
        model.successProperty().addListener((o, a, done) -> {
            if (done != null && !done.isEmpty()) {
                contact.requestFocus(); // ready for the next deal
            }
        });
        save.setOnAction(e -> model.save());
        notes.setOnAction(e -> model.save());
        validation.field(contact, model.contactErrorProperty())
                .field(amount, model.amountErrorProperty())
                .field(offer, model.offerErrorProperty())
                .field(eventType, model.eventTypeErrorProperty());
    }

    private void pickSelected() {
        ContactSummary chosen = suggestions.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            searchDelay.stop();
            model.contact().pick(chosen);
            amount.requestFocus();
        }
    }

    /** Shown when the deal repeats one logged within 24 hours: log it anyway, or not. */
    private Node duplicateQuestion() {
        Label question = new Label();
        question.setId("log-deal-duplicate-text");
        question.setWrapText(true);
        question.textProperty().bind(model.duplicateProperty());
        Button confirm = new Button("Log it as another deal");
        confirm.setId("log-deal-duplicate-confirm");
        confirm.setOnAction(e -> model.confirmDuplicate());
        Button cancel = new Button("Don't log it");
        cancel.setId("log-deal-duplicate-cancel");
        cancel.setOnAction(e -> model.cancelDuplicate());
        HBox buttons = new HBox(10, confirm, cancel);
        VBox box = new VBox(8, question, buttons);
        box.setId("log-deal-duplicate");
        box.getStyleClass().add("warning-banner");
        box.setPadding(new Insets(10));
        box.visibleProperty().bind(Bindings.isNotEmpty(model.duplicateProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Node withError(Node field, StringProperty error, String id) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(error);
        message.visibleProperty().bind(Bindings.isNotEmpty(error));
        message.managedProperty().bind(message.visibleProperty());
        return new VBox(3, field, message);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        // level with the field's text when a message or the suggestions open under the field
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        return label;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
