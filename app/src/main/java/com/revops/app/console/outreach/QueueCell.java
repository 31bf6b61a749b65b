package com.revops.app.console.outreach;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.revops.app.Formats;
import com.revops.domain.outreach.MessageLimit;
import com.revops.domain.outreach.OutreachItem;
import com.revops.integrations.outreach.PendingItem;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A line of the queue list: a channel heading (not selectable), or an item with its recipient, kind, age and first words. */
final class QueueCell extends ListCell<QueueLine> {
    private static final DateTimeFormatter DRAFTED = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.US);
    private final ZoneId zone;

    QueueCell(ZoneId zone) {
        this.zone = zone;
        getStyleClass().add("queue-cell");
        // a heading is not an item: clicking it selects nothing
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (getItem() instanceof QueueLine.Heading) {
                e.consume();
            }
        });
    }

    @Override
    protected void updateItem(QueueLine line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll("queue-heading", "queue-entry");
        setText(null);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        if (line instanceof QueueLine.Heading heading) {
            getStyleClass().add("queue-heading");
            Label label = new Label(heading.waiting() == 0 ? heading.channel().label() + " — nothing waiting" : heading.text());
            setGraphic(label);
        } else if (line instanceof QueueLine.Entry entry) {
            getStyleClass().add("queue-entry");
            setGraphic(entry(entry.pending()));
        }
    }

    /** What the heading does not say already: note or message on LinkedIn, the platform of a DM, the budget of a job. */
    static String kind(PendingItem pending) {
        OutreachItem item = pending.item();
        return switch (item.channel()) {
            case LINKEDIN -> item.limit() == MessageLimit.LINKEDIN_CONNECTION_NOTE ? "note" : "message";
            case DM -> item.platform().orElse("DM");
            case UPWORK -> pending.job().flatMap(j -> j.budgetUsd()).map(Formats::moneyCents).orElse("proposal");
        };
    }

    private VBox entry(PendingItem pending) {
        OutreachItem item = pending.item();
        Label who = new Label(OutreachWording.recipient(pending));
        who.getStyleClass().add("queue-recipient");
        who.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label kind = new Label(kind(pending) + (item.isEdited() ? " · edited" : "") + " · " + DRAFTED.format(item.createdAt().atZone(zone)));
        kind.getStyleClass().add("queue-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, who, spacer, kind);
        top.setAlignment(Pos.BASELINE_LEFT);
        Label preview = new Label(item.textToSend().replaceAll("\\s+", " ").strip());
        preview.getStyleClass().add("queue-preview");
        preview.setTextOverrun(OverrunStyle.ELLIPSIS);
        preview.setMinWidth(0);
        VBox box = new VBox(2, top, preview);
        box.setMinWidth(0);
        // as wide as the list leaves room for (its scroll bar, the cell's padding), never wider: no sideways scrolling
        if (getListView() != null) {
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(44));
            box.maxWidthProperty().bind(box.prefWidthProperty());
        }
        return box;
    }
}
