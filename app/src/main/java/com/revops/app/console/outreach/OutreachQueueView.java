package com.revops.app.console.outreach;


import com.revops.app.console.Navigator;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.ScreenStylesheet;
import com.revops.app.console.ui.SearchField;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Outreach queue screen (SPEC §6): today's progress, the status line, then the queue by
 * channel, the selected message and its recipient side by side; keys in the hint line.
 */
public final class OutreachQueueView {
    private static final String LIST_KEYS = "j/k or ↑/↓ move · a approve · e edit · r reject (with a reason) · u undo · "
            + "Shift+J/K or Shift+click select more · Shift+A approve the selection";
    private static final String EDIT_KEYS = MessagePane.SHORTCUT + "+Enter save and approve · " + MessagePane.SHORTCUT
            + "+S save, keep it pending · Esc cancel";
    private static final String REJECT_KEYS = "Enter reject · Esc cancel";

    private final OutreachQueueViewModel model;
    private final VBox root = new VBox();
    private final QueueList list;
    private final MessagePane message;
    private final RecipientCard recipient;

    public OutreachQueueView(OutreachQueueViewModel model, java.time.ZoneId zone, Navigator navigator) {
        this.model = model;
        this.list = new QueueList(model, zone, this::confirmApproveSelected);
        this.message = new MessagePane(model, zone, this::focusList);
        this.recipient = new RecipientCard(zone, navigator, model.status());
        createView();
        initListeners();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "outreach-screen");
        root.getStylesheets().add(ScreenStylesheet.of("outreach"));
        Label title = Headings.title("Outreach queue");
        Label subtitle = Headings.subtitle(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button approveSelected = new Button("Approve selected…");
        approveSelected.setId("outreach-approve-selected");
        approveSelected.setFocusTraversable(false);
        approveSelected.setOnAction(e -> confirmApproveSelected());
        javafx.scene.control.TextField search = SearchField.create("outreach-search", "Search recipient, job, platform or message");
        search.setPrefColumnCount(22);
        search.setFocusTraversable(false); // the list takes the keys when the screen opens; a click or Ctrl+F reaches the search
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox header = new HBox(12, new VBox(2, title, subtitle), spacer, search, approveSelected);
        header.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("outreach-status");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        status.textProperty().bind(model.status().textProperty());
        status.visibleProperty().bind(model.status().textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        model.status().problemProperty().addListener((o, a, problem) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("problem"), problem));

        SplitPane panes = new SplitPane(list.node(), message.node(), recipient.node());
        panes.setDividerPositions(0.31, 0.74);
        panes.getStyleClass().add("outreach-panes");
        VBox.setVgrow(panes, Priority.ALWAYS);
        SplitPane.setResizableWithParent(list.node(), true);

        Label keys = new Label();
        keys.setId("outreach-keys");
        keys.getStyleClass().add("hint");
        keys.textProperty().bind(Bindings.when(model.editor().openProperty()).then(EDIT_KEYS)
                .otherwise(Bindings.when(model.rejectingProperty()).then(REJECT_KEYS).otherwise(LIST_KEYS)));
        root.getChildren().addAll(header, new ProgressStrip(model.progress()).node(), status, panes, keys);
    }

    private void initListeners() {
        list.swallowTypedKeysWithin(root);
        model.currentProperty().addListener((o, was, now) -> recipient.show(now));
        // after each load the list takes the keys, unless the operator is typing
        model.loadedAtProperty().addListener((o, was, at) -> {
            if (!model.editor().isOpen() && !model.rejectingProperty().get() && !typing()) {
                focusList();
            }
        });
    }

    private boolean typing() {
        return root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl input
                && input.isEditable() && isInside(input);
    }

    private boolean isInside(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private void focusList() {
        list.focus();
    }

    /** Shift+A or the button: asks first, then approves the selection in one go. */
    private void confirmApproveSelected() {
        model.bulkQuestion().ifPresent(question -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "The worker sends them as they are now. "
                    + "Until they are sent, u takes the approval back.", ButtonType.OK, ButtonType.CANCEL);
            confirm.setTitle("Approve selected");
            confirm.setHeaderText(question);
            ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText("Approve " + model.markedCount());
            confirm.getDialogPane().setId("outreach-confirm-bulk");
            if (root.getScene() != null) {
                confirm.initOwner(root.getScene().getWindow());
            }
            confirm.setOnHidden(e -> {
                if (confirm.getResult() == ButtonType.OK) {
                    model.approveMarked();
                }
                focusList();
            });
            confirm.show();
        });
    }
}
