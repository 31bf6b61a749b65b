package com.revops.app.console.jobs;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Jobs screen: scheduler state, the jobs with "Run now", the Telegram outbox with "Retry". */
public final class JobsView {
    private final JobsViewModel model;
    private final Supplier<java.time.ZoneId> zone;
    private final VBox root = new VBox();

    public JobsView(JobsViewModel model, Supplier<java.time.ZoneId> zone) {
        this.model = model;
        this.zone = zone;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "jobs");
        Label title = Headings.title("Jobs");
        Label status = Headings.subtitle(model.schedulerStatusProperty());
        status.setId("jobs-scheduler-status");

        Button sendBrief = new Button("Send brief now");
        sendBrief.setId("jobs-send-brief");
        sendBrief.disableProperty().bind(model.busyProperty());
        sendBrief.setOnAction(e -> model.sendBriefNow());
        Label result = new Label();
        result.setId("jobs-action-result");
        result.setWrapText(true);
        result.textProperty().bind(model.actionResultProperty());
        HBox actions = new HBox(14, sendBrief, result);
        actions.setAlignment(Pos.CENTER_LEFT);

        TableView<JobRow> jobs = TableExport.exportable(new TableView<>(model.jobs()), "jobs");
        jobs.setId("jobs-table");
        jobs.getColumns().addAll(java.util.List.<TableColumn<JobRow, ?>>of(
                // widths that fit a 1440-px window: the result ("nothing sent yet") and the titles whole; the
                // message and error keep their whole text in the tooltip
                TableColumns.sized(TableColumns.text("Job", JobRow::label), 170),
                TableColumns.sized(TableColumns.text("When", JobRow::when), 135),
                TableColumns.sized(TableColumns.time("Next fire", JobRow::nextFire, zone), 95),
                TableColumns.sized(TableColumns.time("Previous fire", JobRow::previousFire, zone), 115),
                TableColumns.sized(TableColumns.text("Trigger", JobRow::trigger), 65),
                TableColumns.sized(TableColumns.time("Last run", JobRow::lastRunAt, zone), 90),
                TableColumns.sized(TableColumns.text("Result", JobRow::lastStatus), 140),
                TableColumns.sized(TableColumns.text("Message", JobRow::lastMessage), 110),
                TableColumns.sized(TableColumns.text("Last error", r -> r.lastError().orElse("")), 85),
                button("", "Run now", (JobRow r) -> true, model.schedulerRunningProperty(), r -> model.runNow(r.job()))));
        jobs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        jobs.setRowFactory(t -> new JobTableRow());
        jobs.setFixedCellSize(30);
        jobs.prefHeightProperty().bind(Bindings.size(model.jobs()).multiply(30).add(48));
        jobs.setMinHeight(Region.USE_PREF_SIZE);

        Label outboxTitle = new Label("Telegram outbox");
        outboxTitle.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("jobs-outbox-summary");
        summary.textProperty().bind(model.outboxSummaryProperty());
        summary.getStyleClass().add("hint");
        Button retryAll = new Button("Retry all failed");
        retryAll.setId("jobs-retry-all");
        retryAll.disableProperty().bind(model.busyProperty());
        retryAll.setOnAction(e -> model.retryAllFailed());
        HBox outboxHead = new HBox(14, outboxTitle, summary, spacer(), retryAll);
        outboxHead.setAlignment(Pos.CENTER_LEFT);

        TableView<OutboxRow> outbox = TableExport.exportable(new TableView<>(model.outbox()), "telegram-outbox");
        outbox.setId("jobs-outbox");
        outbox.setPlaceholder(new Label("Nothing has been queued for Telegram yet."));
        outbox.getColumns().addAll(java.util.List.<TableColumn<OutboxRow, ?>>of(
                TableColumns.sized(TableColumns.time("Queued", r -> java.util.Optional.of(r.createdAt()), zone), 115),
                TableColumns.sized(TableColumns.text("Kind", OutboxRow::kind), 110),
                TableColumns.sized(TableColumns.text("Status", OutboxRow::status), 75),
                TableColumns.sized(TableColumns.count("Attempts", r -> (long) r.attempts()), 80),
                TableColumns.sized(TableColumns.time("Next attempt", OutboxRow::nextAttempt, zone), 115),
                TableColumns.sized(TableColumns.text("Last error", r -> r.lastError().orElse("")), 200),
                TableColumns.sized(TableColumns.text("Message", OutboxRow::firstLine), 330),
                button("", "Retry", OutboxRow::retryable, model.busyProperty().not(), model::retry)));
        outbox.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(outbox, Priority.ALWAYS);

        root.getChildren().addAll(title, status, actions, jobs, outboxHead, outbox);
    }

    /** A job's row: its whole result, message and last error as a tooltip, for what the cells cut short. */
    private static final class JobTableRow extends javafx.scene.control.TableRow<JobRow> {
        @Override
        protected void updateItem(JobRow row, boolean empty) {
            super.updateItem(row, empty);
            setTooltip(empty || row == null ? null : new javafx.scene.control.Tooltip(JobsView.describe(row)));
        }
    }

    static String describe(JobRow row) {
        StringBuilder text = new StringBuilder(row.label()).append(" (").append(row.when()).append("): ").append(row.lastStatus());
        if (!row.lastMessage().isBlank()) {
            text.append("\n").append(row.lastMessage());
        }
        row.lastError().ifPresent(e -> text.append("\nLast error: ").append(e));
        return text.toString();
    }

    /** A column of buttons, enabled for rows that pass {@code applies} while {@code enabled} holds. */
    private static <S> TableColumn<S, S> button(String title, String text, Predicate<S> applies, ObservableBooleanValue enabled,
                                                Consumer<S> action) {
        TableColumn<S, S> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setSortable(false);
        column.setMinWidth(96);
        column.setMaxWidth(110);
        column.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button(text);

            {
                button.getStyleClass().add("small");
                button.setOnAction(e -> action.accept(getItem()));
            }

            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                button.disableProperty().unbind();
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                button.disableProperty().bind(Bindings.createBooleanBinding(() -> !enabled.get() || !applies.test(item), enabled));
                setGraphic(button);
            }
        });
        return column;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
