package com.revops.app.console.forecast;

import java.util.Optional;

import com.revops.domain.forecast.DealCall;
import com.revops.integrations.revenue.ForecastContact;

import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * The "Your call" column of the contacts most likely to close: a menu per contact — Commit, Upside, Out, Clear — and,
 * on the selected row, the keys C, U, O and X. The model's probability stays in its own column beside it.
 */
final class YourCallColumn {
    static final String NONE = "—";

    private YourCallColumn() {
    }

    static TableColumn<ForecastContact, ForecastContact> of(ForecastViewModel model) {
        TableColumn<ForecastContact, ForecastContact> column = new TableColumn<>("Your call");
        column.setId("forecast-your-call");
        column.setSortable(false);
        column.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue));
        column.setCellFactory(c -> new CallCell(model));
        return column;
    }

    /** C, U, O, X on the selected contact. */
    static void keys(TableView<ForecastContact> table, ForecastViewModel model) {
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            ForecastContact c = table.getSelectionModel().getSelectedItem();
            if (c == null) {
                return;
            }
            Optional<Optional<DealCall>> call = e.getCode() == KeyCode.C ? Optional.of(Optional.of(DealCall.COMMIT))
                    : e.getCode() == KeyCode.U ? Optional.of(Optional.of(DealCall.UPSIDE))
                    : e.getCode() == KeyCode.O ? Optional.of(Optional.of(DealCall.OUT))
                    : e.getCode() == KeyCode.X ? Optional.of(Optional.<DealCall>empty()) : Optional.empty();
            call.ifPresent(chosen -> {
                model.setCall(c, chosen);
                e.consume();
            });
        });
    }

    /** The current call as the menu's text; its items set another or clear it. */
    private static final class CallCell extends TableCell<ForecastContact, ForecastContact> {
        private final ForecastViewModel model;
        private final MenuButton menu = new MenuButton(NONE);

        CallCell(ForecastViewModel model) {
            this.model = model;
            menu.getStyleClass().add("your-call");
            for (DealCall call : DealCall.values()) {
                MenuItem item = new MenuItem(call.label());
                item.setOnAction(e -> pick(Optional.of(call)));
                menu.getItems().add(item);
            }
            MenuItem clear = new MenuItem("Clear");
            clear.setOnAction(e -> pick(Optional.empty()));
            menu.getItems().add(clear);
            model.calls().addListener((MapChangeListener<Object, DealCall>) change -> show(getItem()));
        }

        private void pick(Optional<DealCall> call) {
            if (getItem() != null) {
                model.setCall(getItem(), call);
            }
        }

        @Override
        protected void updateItem(ForecastContact contact, boolean empty) {
            super.updateItem(contact, empty);
            show(empty ? null : contact);
        }

        private void show(ForecastContact contact) {
            if (contact == null) {
                setGraphic(null);
                return;
            }
            menu.setText(Optional.ofNullable(model.calls().get(contact.id())).map(DealCall::label).orElse(NONE));
            setGraphic(menu);
        }
    }
}
