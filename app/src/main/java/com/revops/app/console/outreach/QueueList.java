package com.revops.app.console.outreach;

import java.time.ZoneId;
import java.util.List;

import com.revops.integrations.outreach.PendingItem;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;

/**
 * The queue as a keyboard-driven list: j/k or ↑/↓ move (headings skipped), Shift extends the
 * selection, a approves, e edits, r rejects, u undoes, Shift+A approves the selection. The list's
 * selection follows the ViewModel's current item and tells it what is selected.
 */
final class QueueList {
    private final OutreachQueueViewModel model;
    private final Runnable approveSelected;
    private final ListView<QueueLine> list;
    /** Set when a key acted here: its character must not land in the editor or reason field the key opened. */
    private boolean handledKey;

    QueueList(OutreachQueueViewModel model, ZoneId zone, Runnable approveSelected) {
        this.model = model;
        this.approveSelected = approveSelected;
        this.list = new ListView<>(model.lines());
        list.setId("outreach-list");
        list.getStyleClass().add("outreach-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new QueueCell(zone));
        list.setPlaceholder(new javafx.scene.control.Label("Nothing waiting for review"));
        initListeners();
    }

    ListView<QueueLine> node() {
        return list;
    }

    void focus() {
        list.requestFocus();
    }

    /**
     * Drops the typed character of a key this list acted on: "e" opens the editor and moves the focus
     * there while the key is down, and its character would otherwise be typed into it.
     */
    void swallowTypedKeysWithin(Node screen) {
        screen.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (handledKey) {
                handledKey = false;
                e.consume();
            }
        });
        screen.addEventFilter(KeyEvent.KEY_RELEASED, e -> handledKey = false);
    }

    private void initListeners() {
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, line) -> {
            if (line instanceof QueueLine.Entry entry) {
                model.select(entry.pending());
            }
        });
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<QueueLine>) c -> model.mark(selectedItems()));
        model.currentProperty().addListener((o, was, now) -> showCurrent());
        model.lines().addListener((ListChangeListener<QueueLine>) c -> showCurrent());
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()) {
            return; // Ctrl/Cmd combinations belong to the menus and the list
        }
        boolean shift = e.isShiftDown();
        switch (e.getCode()) {
            case J, DOWN -> move(1, shift);
            case K, UP -> move(-1, shift);
            case HOME -> moveTo(QueueLine.nextItem(list.getItems(), -1, 1), false);
            case END -> moveTo(QueueLine.nextItem(list.getItems(), list.getItems().size(), -1), false);
            case A -> {
                if (shift) {
                    approveSelected.run();
                } else {
                    model.approve();
                }
            }
            case E, ENTER -> model.startEdit();
            case R -> model.startReject();
            case U -> model.undo();
            default -> {
                return;
            }
        }
        handledKey = true;
        e.consume();
    }

    private void move(int step, boolean extend) {
        int from = list.getFocusModel().getFocusedIndex();
        moveTo(QueueLine.nextItem(list.getItems(), from, step), extend);
    }

    private void moveTo(int index, boolean extend) {
        if (index < 0 || index >= list.getItems().size() || !(list.getItems().get(index) instanceof QueueLine.Entry)) {
            return;
        }
        if (extend) {
            list.getSelectionModel().select(index);
        } else {
            list.getSelectionModel().clearAndSelect(index);
        }
        list.getFocusModel().focus(index);
        reveal(index);
    }

    /** Selects the ViewModel's current item unless it is selected already (a multi-selection stays). */
    private void showCurrent() {
        PendingItem current = model.currentProperty().get();
        if (current == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof QueueLine.Entry entry && entry.item().id().equals(current.item().id())) {
                if (!list.getSelectionModel().isSelected(i)) {
                    list.getSelectionModel().clearAndSelect(i);
                    list.getFocusModel().focus(i);
                    reveal(i);
                }
                return;
            }
        }
    }

    /** Scrolls just enough to show the line (ListView.scrollTo would put it at the top). */
    private void reveal(int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        }
    }

    private List<PendingItem> selectedItems() {
        return list.getSelectionModel().getSelectedItems().stream()
                .filter(QueueLine.Entry.class::isInstance).map(l -> ((QueueLine.Entry) l).pending()).toList();
    }
}
