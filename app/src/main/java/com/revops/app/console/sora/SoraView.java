package com.revops.app.console.sora;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.integrations.sora.SoraJob;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Sora jobs panel: jobs by status, the month's cost in the credit ledger, stuck jobs, and the newest jobs. */
public final class SoraView {
    private final SoraViewModel model;
    private final Supplier<ZoneId> zone;
    private final VBox root = new VBox();

    public SoraView(SoraViewModel model, Supplier<ZoneId> zone) {
        this.model = model;
        this.zone = zone;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "sora");
        Label title = Headings.title("Sora jobs");
        Label statuses = Headings.subtitle(model.statusesProperty());
        statuses.setId("sora-statuses");
        Label cost = new Label();
        cost.setId("sora-cost");
        cost.getStyleClass().add("figure-value");
        cost.textProperty().bind(model.costProperty());
        Label stuck = new Label();
        stuck.setId("sora-stuck");
        stuck.getStyleClass().add("field-error");
        stuck.setWrapText(true);
        stuck.textProperty().bind(model.stuckProperty());
        Label hint = new Label("A job unfinished after an hour raises a sora_job_stuck alert (checked hourly). Each job's cost is "
                + "in the credit ledger, so it counts against the daily and monthly budgets.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        TableView<SoraJob> table = TableExport.exportable(new TableView<>(model.jobs()), "sora-jobs");
        table.setId("sora-jobs");
        table.setPlaceholder(new Label("No Sora job yet."));
        table.getColumns().addAll(List.<TableColumn<SoraJob, ?>>of(
                TableColumns.sized(TableColumns.time("Created", j -> java.util.Optional.of(j.createdAt()), zone), 120),
                TableColumns.sized(TableColumns.text("Status", SoraJob::status), 95),
                TableColumns.sized(TableColumns.text("Running for", model::running), 95),
                TableColumns.sized(TableColumns.text("Style", j -> j.style().orElse("")), 110),
                TableColumns.sized(TableColumns.text("Seconds", j -> j.durationSeconds().map(String::valueOf).orElse("")), 70),
                TableColumns.sized(TableColumns.optionalMoney("Cost", SoraJob::costUsd), 80),
                TableColumns.sized(TableColumns.text("Prompt", SoraJob::prompt), 420),
                TableColumns.sized(TableColumns.text("Error", j -> j.error().orElse("")), 200)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, statuses, cost, stuck, hint, table);
    }
}
