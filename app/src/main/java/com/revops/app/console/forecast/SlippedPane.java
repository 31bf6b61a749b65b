package com.revops.app.console.forecast;

import java.util.Optional;

import com.revops.app.console.Navigator;
import com.revops.app.console.ScreenId;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.integrations.revenue.SlippedDeals.SlippedContact;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Forecast screen's slipped bucket: the contacts older in their stage than 80% of those that advanced out of
 * it, each with its deal value and days in stage against the stage's 80th percentile. Enter (or a double click)
 * opens the contact; L or "Mark lost…" asks, then moves it to closed_lost.
 */
final class SlippedPane {
    private final ForecastViewModel model;
    private final Navigator navigator;
    private final TableView<SlippedContact> table;
    private final VBox root = new VBox(6);

    SlippedPane(ForecastViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        this.table = table(model);
        createView();
        initListeners();
    }

    Node node() {
        return root;
    }

    private static TableView<SlippedContact> table(ForecastViewModel model) {
        TableView<SlippedContact> table = new TableView<>(model.slipped());
        table.setId("forecast-slipped");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Contact", SlippedContact::name));
        table.getColumns().add(TableColumns.text("Stage", c -> c.stage().label()));
        table.getColumns().add(TableColumns.days("Days in stage", c -> Optional.of(c.ageDays())));
        table.getColumns().add(TableColumns.days("p80 days", c -> Optional.of(c.p80Days())));
        table.getColumns().add(TableColumns.money("Value", SlippedContact::value));
        TableColumns.share(table, new double[] {0.26, 0.17, 0.17, 0.15, 0.2});
        table.setPlaceholder(new Label("No slipped deals."));
        return TableExport.exportable(table, "forecast-slipped");
    }

    private void createView() {
        Label summary = Headings.hint("");
        summary.setId("forecast-slipped-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.slippedSummaryProperty());
        Button open = new Button("Open contact");
        open.setId("forecast-slipped-open");
        open.setOnAction(e -> selected().ifPresent(this::open));
        Button lost = new Button("Mark lost…");
        lost.setId("forecast-slipped-lost");
        lost.setOnAction(e -> selected().ifPresent(this::confirmLost));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        lost.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label status = new Label();
        status.setId("forecast-status");
        status.textProperty().bind(model.status().textProperty());
        HBox actions = new HBox(8, open, lost, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(summary, table, actions);
    }

    private void initListeners() {
        table.setRowFactory(t -> {
            TableRow<SlippedContact> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Optional<SlippedContact> picked = selected();
            if (picked.isEmpty()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                open(picked.get());
                e.consume();
            } else if (e.getCode() == KeyCode.L) {
                confirmLost(picked.get());
                e.consume();
            }
        });
    }

    private Optional<SlippedContact> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void open(SlippedContact contact) {
        navigator.show(ScreenId.CONTACTS, Optional.of(contact.name()));
    }

    private void confirmLost(SlippedContact contact) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, contact.name() + " has been in " + contact.stage().label() + " for "
                + com.revops.app.Formats.days(contact.ageDays()) + " days; 80% of those that advanced did so within "
                + com.revops.app.Formats.days(contact.p80Days()) + ". Marking it lost moves it to Closed lost now "
                + "(a stage change you can see and reverse on the Contacts screen).", ButtonType.OK, ButtonType.CANCEL);
        confirm.setTitle("Mark lost");
        confirm.setHeaderText("Mark " + contact.name() + " lost?");
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText("Mark lost");
        confirm.getDialogPane().setId("forecast-confirm-lost");
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == ButtonType.OK) {
                model.markLost(contact);
            }
            table.requestFocus();
        });
        confirm.show();
    }
}
