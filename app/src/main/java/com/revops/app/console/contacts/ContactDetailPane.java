package com.revops.app.console.contacts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.revops.app.console.ui.Facts;
import com.revops.app.console.ui.Headings;
import com.revops.domain.common.Stage;
import com.revops.integrations.contacts.ContactDetail;
import com.revops.integrations.contacts.ContactSummary;
import com.revops.integrations.contacts.Interaction;
import com.revops.integrations.contacts.StageChange;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One contact: the card, moving it to another stage, its stage history, its interactions (newest first) and notes. */
final class ContactDetailPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.US);

    private final ContactsViewModel model;
    private final ZoneId zone;
    private final VBox box = new VBox(10);
    private final ScrollPane root = new ScrollPane(box);
    private final Label name = new Label();
    private final Label stageBadge = new Label();
    private final Label where = new Label();
    private final GridPane facts = new GridPane();
    private final VBox history = new VBox(4);
    private final ListView<Interaction> timeline = new ListView<>();
    private final Label timelineTitle = new Label("Interactions");
    private final VBox content = new VBox(10);
    private final Button close = new Button("×");
    private Runnable onClose = () -> { };

    ContactDetailPane(ContactsViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        createView();
        model.detailProperty().addListener((o, was, d) -> show(d));
        show(null);
    }

    Node node() {
        return root;
    }

    private void createView() {
        root.setFitToWidth(true);
        root.getStyleClass().add("contact-detail-scroll");
        box.getStyleClass().add("contact-detail");
        box.setId("contact-detail");
        name.getStyleClass().add("contact-name");
        name.setId("contact-name");
        name.setWrapText(true);
        stageBadge.getStyleClass().add("stage-badge");
        stageBadge.setId("contact-stage");
        where.getStyleClass().add("hint");
        where.setWrapText(true);
        facts.setHgap(14);
        facts.setVgap(4);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        facts.getColumnConstraints().add(names);
        history.setId("contact-stage-history");
        timeline.setId("contact-timeline");
        timeline.setPrefHeight(260);
        timeline.setCellFactory(v -> new InteractionCell());
        timeline.setPlaceholder(new Label("No interactions yet"));
        timelineTitle.getStyleClass().add("section-title");
        close.setId("contact-close");
        close.getStyleClass().addAll("flat", "contact-close");
        close.setTooltip(new javafx.scene.control.Tooltip("Close the contact (Esc)"));
        close.setOnAction(e -> {
            model.close();
            onClose.run();
        });
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox heading = new HBox(10, name, stageBadge, spacer, close);
        heading.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().addAll(heading, where, facts, stageMover(), Headings.section("Stage history"), history, timelineTitle, timeline,
                Headings.section("Notes"), notes());
    }

    /** Runs after the close button closed the contact. */
    void onClose(Runnable action) {
        this.onClose = action;
    }

    private Node stageMover() {
        ComboBox<Stage> stages = new ComboBox<>(FXCollections.observableArrayList(Stage.values()));
        stages.setId("contact-move-to");
        stages.valueProperty().bindBidirectional(model.moveToProperty());
        stages.setButtonCell(new StageCell());
        stages.setCellFactory(v -> new StageCell());
        Button move = new Button("Move");
        move.setId("contact-move");
        move.setOnAction(e -> model.moveStage());
        Label label = new Label("Move to");
        HBox row = new HBox(8, label, stages, move);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node notes() {
        TextArea notes = new TextArea();
        notes.setId("contact-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.setPromptText("What to remember about this contact");
        notes.textProperty().bindBidirectional(model.notesProperty());
        Button save = new Button("Save notes");
        save.setId("contact-save-notes");
        save.disableProperty().bind(model.notesChangedProperty().not());
        save.setOnAction(e -> model.saveNotes());
        return new VBox(6, notes, save);
    }

    private void show(ContactDetail d) {
        if (d == null) {
            box.getChildren().clear();
            return;
        }
        ContactSummary c = d.contact();
        name.setText(ContactsViewModel.name(c));
        stageBadge.setText(c.stage().label());
        where.setText(String.join(" · ", java.util.stream.Stream.of(c.handle().map(h -> h + c.platform().map(p -> " on " + p).orElse("")),
                c.email(), c.externalId().map(x -> "id " + x)).flatMap(java.util.Optional::stream).toList()));
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "Niche", c.niche().orElse("—"));
        row = fact(row, "Offer", c.offer().orElse("—"));
        row = fact(row, "Score", c.score().map(BigDecimal::toPlainString).orElse("—"));
        row = fact(row, "Tags", c.tags().isEmpty() ? "—" : String.join(", ", c.tags()));
        row = fact(row, "Stage since", day(d.stageEnteredAt()));
        row = fact(row, "First contact", d.firstContactAt().map(this::day).orElse("—"));
        row = fact(row, "Last interaction", c.lastInteractionAt().map(t -> WHEN.format(t.atZone(zone))).orElse("none yet"));
        fact(row, "Source", d.source().orElse("—"));
        history.getChildren().setAll(d.stageHistory().stream().map(this::historyLine).toList());
        if (d.stageHistory().isEmpty()) {
            history.getChildren().add(Headings.hint("No stage changes yet — in " + c.stage().label() + " since " + day(d.stageEnteredAt())));
        }
        timelineTitle.setText("Interactions (" + d.timeline().size() + ", newest first)");
        timeline.getItems().setAll(d.timeline());
        box.getChildren().setAll(content);
    }

    private Node historyLine(StageChange change) {
        Label when = new Label(day(change.at()));
        when.getStyleClass().add("history-when");
        when.setMinWidth(96);
        Label move = new Label(change.from().label() + "  →  " + change.to().label());
        move.getStyleClass().add("history-move");
        return new HBox(10, when, move);
    }

    private int fact(int row, String label, String value) {
        Facts.row(facts, row, label, value);
        return row + 1;
    }

    private String day(Instant at) {
        return DAY.format(at.atZone(zone));
    }

    /** A stage by its name as the operator reads it. */
    private static final class StageCell extends ListCell<Stage> {
        @Override
        protected void updateItem(Stage stage, boolean empty) {
            super.updateItem(stage, empty);
            setText(empty || stage == null ? null : stage.label());
        }
    }

    /** When, what kind, where — and what was said. */
    private final class InteractionCell extends ListCell<Interaction> {
        @Override
        protected void updateItem(Interaction i, boolean empty) {
            super.updateItem(i, empty);
            setText(null);
            if (empty || i == null) {
                setGraphic(null);
                return;
            }
            Label when = new Label(WHEN.format(i.at().atZone(zone)) + " · " + i.type().replace('_', ' ')
                    + i.platform().map(p -> " · " + p).orElse(""));
            when.getStyleClass().add("interaction-when");
            Label what = new Label(i.content().orElse(""));
            what.setWrapText(true);
            what.getStyleClass().add("interaction-content");
            what.prefWidthProperty().bind(timeline.widthProperty().subtract(40));
            what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox cell = new VBox(2, when, what);
            setGraphic(cell);
        }
    }
}
