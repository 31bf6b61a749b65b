package com.revops.app.console.routine;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.domain.alerts.Alert;
import com.revops.domain.routine.StepState;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The Daily routine screen: a timeline of today (00:00–24:00) with each step's planned window as a
 * bar coloured by its state and the moment it reported, then the alerts and the steps as a table.
 */
public final class RoutineView {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final double LABEL = 250;
    private static final double ROW = 22;

    private final RoutineViewModel model;
    private final Supplier<ZoneId> zone;
    private final VBox root = new VBox();
    private final Pane timeline = new Pane();

    public RoutineView(RoutineViewModel model, Supplier<ZoneId> zone) {
        this.model = model;
        this.zone = zone;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "routine");
        Label title = Headings.title("Daily routine");
        Label summary = Headings.subtitle(model.summaryProperty());
        summary.setId("routine-summary");
        Label hint = new Label("The worker reports each step with ./revops --routine-step STEP started|ok|failed. A failed heartbeat "
                + "skips the generation steps; a generation step is retried once; a step without a report after its window is missing.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        timeline.setId("routine-timeline");
        timeline.setMinHeight(ROW * 18 + 10);
        timeline.widthProperty().addListener((o, a, w) -> draw());
        model.steps().addListener((ListChangeListener<StepState>) c -> draw());

        Label alerts = new Label();
        alerts.setId("routine-alerts");
        alerts.setWrapText(true);
        alerts.getStyleClass().add("field-error");
        alerts.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        model.alerts().addListener((ListChangeListener<Alert>) c -> alerts.setText(String.join("\n",
                model.alerts().stream().map(a -> "[" + a.severity().code() + "] " + a.message()).toList())));

        TableView<StepState> table = TableExport.exportable(new TableView<>(model.steps()), "routine-steps");
        table.setId("routine-steps");
        table.getColumns().addAll(List.<TableColumn<StepState, ?>>of(
                TableColumns.sized(TableColumns.text("Step", s -> s.step().label()), 260),
                TableColumns.sized(TableColumns.text("Window", s -> s.step().start() + "–" + s.step().end()), 100),
                TableColumns.sized(TableColumns.text("State", StepState::state), 80),
                TableColumns.sized(TableColumns.text("Reported", s -> s.lastReportAt().map(this::hour).orElse("—")), 80),
                TableColumns.sized(TableColumns.text("Failures", s -> s.failures() == 0 ? "" : String.valueOf(s.failures())), 70),
                TableColumns.sized(TableColumns.text("Error", s -> s.error().orElse("")), 300)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(160);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, summary, hint, timeline, alerts, table);
    }

    private String hour(Instant at) {
        return HOUR.format(at.atZone(zone.get()));
    }

    private double x(LocalTime time, double width) {
        return x(time.toSecondOfDay(), width);
    }

    private static double x(long secondOfDay, double width) {
        return LABEL + (width - LABEL - 10) * secondOfDay / 86_400.0;
    }

    private void draw() {
        double width = Math.max(timeline.getWidth(), 700);
        timeline.getChildren().clear();
        for (int h = 0; h <= 24; h += 3) {
            double x = x(h * 3600L, width);
            Line tick = new Line(x, 0, x, ROW * 17 + 4);
            tick.getStyleClass().add("timeline-grid");
            Label hour = new Label(String.format("%02d:00", h));
            hour.getStyleClass().add("hint");
            hour.setLayoutX(x - 14);
            hour.setLayoutY(ROW * 17 + 4);
            timeline.getChildren().addAll(tick, hour);
        }
        int row = 0;
        for (StepState s : model.steps()) {
            double y = row++ * ROW;
            Label name = new Label(s.step().label());
            name.setLayoutY(y + 2);
            name.setPadding(new Insets(0, 0, 0, 4));
            name.setMaxWidth(LABEL - 8);
            double from = x(s.step().start(), width);
            Rectangle window = new Rectangle(from, y + 4, Math.max(4, x(s.step().end(), width) - from), ROW - 8);
            window.getStyleClass().addAll("routine-window", "routine-" + s.state());
            timeline.getChildren().addAll(name, window);
            s.lastReportAt().ifPresent(at -> {
                double rx = x(at.atZone(zone.get()).toLocalTime(), width);
                Rectangle mark = new Rectangle(rx - 2, y + 2, 4, ROW - 4);
                mark.getStyleClass().addAll("routine-report", "routine-" + s.state());
                timeline.getChildren().add(mark);
            });
        }
        double now = x(model.shownAt().atZone(zone.get()).toLocalTime(), width);
        Line line = new Line(now, 0, now, ROW * 17 + 4);
        line.getStyleClass().add("timeline-now");
        timeline.getChildren().add(line);
    }
}
