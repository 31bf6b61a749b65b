package com.revops.app.console.settings;

import java.math.BigDecimal;
import java.util.List;

import com.revops.app.console.ui.FieldValidation;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.domain.common.Stage;
import com.revops.integrations.settings.CatalogOffer;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The offer catalog, editable in its cells (each edit saved at once), with a row to add an offer and Remove. */
final class OffersPane {
    private OffersPane() {
    }

    static Node create(OfferCatalogModel model, ObservableBooleanValue writing) {
        ObservableList<String> stages = FXCollections.observableArrayList(Stage.OPEN.stream().map(Stage::code).toList());
        TableView<CatalogOffer> table = TableExport.exportable(new TableView<>(model.offers()), "offer-catalog");
        table.setId("settings-offers");
        table.setEditable(true);
        TableColumn<CatalogOffer, String> tag = TableColumns.text("Offer tag", CatalogOffer::tag);
        tag.setEditable(false);
        TableColumn<CatalogOffer, String> name = TableColumns.text("Name", CatalogOffer::name);
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setOnEditCommit(e -> save(model, e.getRowValue(), e.getNewValue(), null, null, null));
        TableColumn<CatalogOffer, String> value = TableColumns.text("Avg deal value ($)", o -> o.avgDealValue().toPlainString());
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.getStyleClass().add("money");
        value.setComparator((a, b) -> new BigDecimal(a).compareTo(new BigDecimal(b)));
        value.setOnEditCommit(e -> save(model, e.getRowValue(), null, e.getNewValue(), null, null));
        TableColumn<CatalogOffer, String> stage = TableColumns.text("Target stage", o -> o.targetStage().orElse(""));
        stage.setCellFactory(ComboBoxTableCell.forTableColumn(stages));
        stage.setOnEditCommit(e -> save(model, e.getRowValue(), null, null, e.getNewValue(), null));
        TableColumn<CatalogOffer, String> active = TableColumns.text("Active", o -> o.active() ? "yes" : "no");
        active.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList("yes", "no")));
        active.setOnEditCommit(e -> save(model, e.getRowValue(), null, null, null, "yes".equals(e.getNewValue())));
        TableColumn<CatalogOffer, com.revops.app.console.ui.ShownValue> contacts = TableColumns.count("Contacts", CatalogOffer::contacts);
        contacts.setEditable(false);
        table.getColumns().addAll(List.<TableColumn<CatalogOffer, ?>>of(tag, name, value, stage, active, contacts));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(240);
        table.setMaxWidth(900);

        TextField newTag = field("settings-new-offer-tag", "offer_tag", model.newTagProperty(), 12);
        TextField newName = field("settings-new-offer-name", "Name", model.newNameProperty(), 14);
        TextField newValue = field("settings-new-offer-value", "avg deal value", model.newValueProperty(), 9);
        new FieldValidation().field(newTag, model.newTagProblemProperty()).field(newName, model.newNameProblemProperty())
                .field(newValue, model.newValueProblemProperty());
        ComboBox<String> newStage = new ComboBox<>(stages);
        newStage.setId("settings-new-offer-stage");
        newStage.valueProperty().bindBidirectional(model.newStageProperty());
        Button add = new Button("Add offer");
        add.setId("settings-add-offer");
        add.disableProperty().bind(writing);
        add.setOnAction(e -> model.add());
        Button remove = new Button("Remove selected");
        remove.setId("settings-remove-offer");
        remove.disableProperty().bind(writing);
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
        HBox addRow = new HBox(10, newTag, newName, newValue, newStage, add, remove);
        addRow.setAlignment(Pos.CENTER_LEFT);

        return new VBox(10, FormParts.section("Offer catalog"),
                FormParts.hint("The deal value of a contact is its offer's average deal value. Double-click a cell to edit it; each "
                        + "edit is saved at once. An offer that contacts use cannot be removed: set Active to no instead."),
                table, addRow,
                FormParts.message(FieldCheck.summary(FieldCheck.ordered("offer tag", model.newTagProblemProperty(), "name",
                        model.newNameProblemProperty(), "avg deal value", model.newValueProblemProperty())), "field-error",
                        "settings-offers-problems"),
                FormParts.message(model.errorProperty(), "field-error", "settings-offers-error"),
                FormParts.message(model.resultProperty(), "success-banner", "settings-offers-result"));
    }

    private static void save(OfferCatalogModel model, CatalogOffer o, String name, String value, String stage, Boolean active) {
        model.update(o, name != null ? name : o.name(), value != null ? value : o.avgDealValue().toPlainString(),
                stage != null ? stage : o.targetStage().orElse(""), active != null ? active : o.active());
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty text, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(text);
        return field;
    }

}
