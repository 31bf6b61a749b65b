package com.revops.app.console.outreach;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.revops.domain.outreach.MessageLimit;
import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.outreach.OutreachRedrafter;
import com.revops.integrations.outreach.PendingItem;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The selected message: its text and actions; the inline editor (count against the limit, AI redraft); the reject reason. */
final class MessagePane {
    static final String SHORTCUT = System.getProperty("os.name", "").startsWith("Mac") ? "Cmd" : "Ctrl";
    private static final DateTimeFormatter DRAFTED = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.US);

    private final OutreachQueueViewModel model;
    private final MessageEditor editor;
    private final ZoneId zone;
    private final Runnable backToList;
    private final VBox root = new VBox(10);
    private final Label title = new Label();
    private final Label meta = new Label();
    private final TextArea text = new TextArea();
    private final TextArea editArea = new TextArea();
    private final Label count = new Label();
    private final TextField reason = new TextField();

    MessagePane(OutreachQueueViewModel model, ZoneId zone, Runnable backToList) {
        this.model = model;
        this.editor = model.editor();
        this.zone = zone;
        this.backToList = backToList;
        createView();
        initListeners();
    }

    Node node() {
        return root;
    }

    private void createView() {
        root.getStyleClass().add("message-pane");
        title.getStyleClass().add("message-title");
        title.setId("message-title");
        title.setWrapText(true);
        meta.getStyleClass().add("hint");
        text.setEditable(false);
        text.setWrapText(true);
        text.setId("message-text");
        text.getStyleClass().add("message-text");
        text.setFocusTraversable(false);
        editArea.setWrapText(true);
        editArea.setId("outreach-editor");
        editArea.getStyleClass().add("message-editor");
        editArea.textProperty().bindBidirectional(editor.textProperty());
        count.setId("outreach-char-count");
        count.getStyleClass().add("char-count");
        StackPane body = new StackPane(text, editArea);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(title, meta, body, count, actions(), editActions(), problem(), rejectBar(), new ProposalBox(editor).node());
    }

    private Node actions() {
        HBox row = new HBox(8, button("Approve (a)", "outreach-approve", model::approve), button("Edit (e)", "outreach-edit", model::startEdit),
                button("Reject (r)", "outreach-reject", model::startReject), button("Undo (u)", "outreach-undo", model::undo));
        row.visibleProperty().bind(editor.openProperty().not().and(model.rejectingProperty().not()));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Node editActions() {
        Button approve = button("Save & approve", "outreach-save-approve", () -> model.saveEdit(true));
        approve.getStyleClass().add("accent");
        approve.setTooltip(new Tooltip(SHORTCUT + "+Enter"));
        Button save = button("Save", "outreach-save", () -> model.saveEdit(false));
        save.setTooltip(new Tooltip(SHORTCUT + "+S: save, keep it pending"));
        Button cancel = button("Cancel", "outreach-cancel-edit", this::cancelEdit);
        cancel.setTooltip(new Tooltip("Esc"));
        Button redraft = button("Redraft with AI", "outreach-redraft", model::redraft);
        redraft.disableProperty().bind(model.redraftAvailableProperty().not().or(editor.redraftingProperty()));
        redraft.textProperty().bind(Bindings.when(editor.redraftingProperty()).then("Redrafting…").otherwise("Redraft with AI"));
        // a disabled button shows no tooltip, so the reason sits on a wrapper and in a visible hint
        StackPane redraftHolder = new StackPane(redraft);
        Tooltip noKey = new Tooltip(OutreachRedrafter.NO_KEY);
        model.redraftAvailableProperty().addListener((o, a, available) -> Tooltip.install(redraftHolder, available ? null : noKey));
        Tooltip.install(redraftHolder, noKey);
        Label noKeyHint = new Label(OutreachRedrafter.NO_KEY);
        noKeyHint.getStyleClass().add("hint");
        noKeyHint.setId("outreach-redraft-unavailable");
        noKeyHint.visibleProperty().bind(model.redraftAvailableProperty().not());
        noKeyHint.managedProperty().bind(noKeyHint.visibleProperty());
        noKeyHint.setWrapText(true);
        HBox buttons = new HBox(8, approve, save, cancel, redraftHolder);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox row = new VBox(6, buttons, noKeyHint);
        row.visibleProperty().bind(editor.openProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Node problem() {
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setId("outreach-edit-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(editor.problemProperty());
        problem.visibleProperty().bind(editor.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private Node rejectBar() {
        Label label = new Label("Why reject it? (optional — kept in the audit log)");
        reason.setId("outreach-reject-reason");
        reason.setPromptText("e.g. too pushy, wrong person");
        reason.textProperty().bindBidirectional(model.rejectReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox field = new HBox(8, reason, button("Reject", "outreach-confirm-reject", model::confirmReject),
                button("Cancel", "outreach-cancel-reject", this::cancelReject));
        field.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox row = new VBox(6, label, field);
        row.getStyleClass().add("reject-bar");
        row.visibleProperty().bind(model.rejectingProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void initListeners() {
        model.currentProperty().addListener((o, was, now) -> show(now));
        editor.openProperty().addListener((o, was, open) -> {
            text.setVisible(!open);
            editArea.setVisible(open);
            if (open) {
                count.textProperty().bind(editor.countProperty());
                editArea.requestFocus();
                editArea.positionCaret(editArea.getLength());
            } else {
                count.textProperty().unbind();
                show(model.currentProperty().get());
                backToList.run();
            }
        });
        editArea.setVisible(false);
        editor.overLimitProperty().addListener((o, was, over) -> count.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("over"), over));
        model.rejectingProperty().addListener((o, was, rejecting) -> {
            if (rejecting) {
                reason.requestFocus();
            } else {
                backToList.run();
            }
        });
        editArea.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.saveEdit(true);
            } else if (e.getCode() == KeyCode.S && e.isShortcutDown()) {
                model.saveEdit(false);
            } else {
                return;
            }
            e.consume();
        });
        reason.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.confirmReject();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelReject();
            } else {
                return;
            }
            e.consume();
        });
    }

    private void show(PendingItem pending) {
        if (pending == null) {
            title.setText("Nothing waiting for review");
            meta.setText("New drafts from the worker appear here.");
            text.setText("");
            count.setText("");
            return;
        }
        OutreachItem item = pending.item();
        title.setText(OutreachWording.describe(pending));
        meta.setText("Drafted " + DRAFTED.format(item.createdAt().atZone(zone)) + " · " + item.action()
                + item.platform().map(p -> " · " + p).orElse("") + (item.isEdited() ? " · edited by you" : ""));
        text.setText(item.textToSend());
        if (!editor.isOpen()) {
            MessageLimit limit = item.limit();
            count.setText(String.format("%,d / %,d characters · %s", MessageLimit.length(item.textToSend()), limit.maxChars(), limit.label()));
        }
    }

    private void cancelEdit() {
        model.cancelEdit();
    }

    private void cancelReject() {
        model.cancelReject();
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }
}
