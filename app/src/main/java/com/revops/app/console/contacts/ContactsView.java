package com.revops.app.console.contacts;

import java.time.ZoneId;

import com.revops.app.console.MainWindow;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.ScreenStylesheet;
import com.revops.app.console.ui.SearchField;
import com.revops.integrations.contacts.ContactSummary;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Contacts screen (SPEC §6): a search box (searched once typing pauses), the results with
 * their count, and the selected contact's detail. Its root's user data is a
 * {@link MainWindow.Focusable}: another screen sends a name, it opens the first match.
 */
public final class ContactsView {
    static final Duration TYPING_PAUSE = Duration.millis(250);

    private final ContactsViewModel model;
    private final VBox root = new VBox();
    private final TextField search = SearchField.create("contacts-search", "Search by name, handle, email, niche or tag");
    private final SplitPane panes = new SplitPane();
    private final TableView<ContactSummary> table;
    private final ContactDetailPane detail;
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);

    public ContactsView(ContactsViewModel model, ZoneId zone) {
        this.model = model;
        this.table = new ContactTable(model.results(), zone).node();
        this.detail = new ContactDetailPane(model, zone);
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "contacts-screen");
        root.getStylesheets().add(ScreenStylesheet.of("contacts"));
        Label title = Headings.title("Contacts");
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(520);
        Label count = new Label();
        count.setId("contacts-count");
        count.getStyleClass().add("hint");
        count.textProperty().bind(model.resultCountProperty());
        HBox searchRow = new HBox(12, search, count);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("contacts-status");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(model.status().textProperty());
        status.visibleProperty().bind(model.status().textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        model.status().problemProperty().addListener((o, a, problem) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("problem"), problem));

        panes.getItems().setAll(table);
        VBox.setVgrow(panes, Priority.ALWAYS);
        Label keys = new Label("Type to search (Ctrl/Cmd+F) · ↓ or Enter to the results · ↑/↓ pick a contact · Esc closes the contact"
                + " · right-click a column title to filter by its values · right-click the table to export CSV");
        keys.setWrapText(true);
        keys.getStyleClass().add("hint");
        root.getChildren().addAll(title, searchRow, status, panes, keys);
        root.setUserData((MainWindow.Focusable) this::focusOn);
    }

    private void initListeners() {
        typing.setOnFinished(e -> model.search());
        search.textProperty().addListener((o, was, now) -> typing.playFromStart());
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                typing.stop();
                model.search();
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && !isOpen(row)) {
                model.open(row.id());
            }
        });
        model.detailProperty().addListener((o, was, d) -> {
            showDetail(d != null);
            selectOpenContact();
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.detailProperty().get() != null) {
                model.close();
                table.getSelectionModel().clearSelection();
                e.consume();
            }
        });
        detail.onClose(() -> table.getSelectionModel().clearSelection());
        table.getItems().addListener((javafx.collections.ListChangeListener<ContactSummary>) c -> selectOpenContact());
    }

    /** The detail pane takes room only while a contact is open; the results have the whole width otherwise. */
    private void showDetail(boolean open) {
        if (open && !panes.getItems().contains(detail.node())) {
            panes.getItems().add(detail.node());
            panes.setDividerPositions(0.6);
        } else if (!open) {
            panes.getItems().remove(detail.node());
        }
    }

    /** Keeps the open contact selected in the results (when it is among them). */
    private void selectOpenContact() {
        var d = model.detailProperty().get();
        if (d == null) {
            return;
        }
        ContactSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && selected.id().equals(d.contact().id())) {
            return;
        }
        table.getItems().stream().filter(c -> c.id().equals(d.contact().id())).findFirst().ifPresent(c -> {
            table.getSelectionModel().select(c);
            int index = table.getItems().indexOf(c);
            if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                flow.scrollTo(index);
            }
        });
    }

    private boolean isOpen(ContactSummary row) {
        var d = model.detailProperty().get();
        return d != null && d.contact().id().equals(row.id());
    }

    private void focusOn(String name) {
        typing.stop();
        model.focus(name);
    }
}
