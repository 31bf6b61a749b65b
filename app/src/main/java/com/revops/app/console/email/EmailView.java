package com.revops.app.console.email;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.integrations.email.ReplyRateTrend;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Email sequences screen: reply rate week over week, its daily chart, and each sequence and step's rates. */
public final class EmailView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private final EmailViewModel model;
    private final VBox root = new VBox();

    public EmailView(EmailViewModel model) {
        this.model = model;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "email");
        Label title = Headings.title("Email sequences");
        Label subtitle = Headings.subtitle("Rates are of the emails sent: per sequence and step over the last 30 days; week over week in the "
                + "reply_rate_drop alert's windows (the last 7 days against the 7 before).");

        HBox weeks = new HBox(14,
                figure("Reply rate this week", model.thisWeekProperty(), model.thisWeekDetailProperty(), "email-this-week"),
                figure("Reply rate last week", model.lastWeekProperty(), model.lastWeekDetailProperty(), "email-last-week"),
                figure("Week over week", model.changeProperty(), model.changeDetailProperty(), "email-change"));

        TableView<EmailRow> table = TableExport.exportable(new TableView<>(model.rows()), "email-sequences");
        table.setId("email-sequences");
        table.setPlaceholder(new Label("No email sequences yet."));
        table.getColumns().addAll(List.<TableColumn<EmailRow, ?>>of(
                TableColumns.sized(TableColumns.text("Sequence", r -> r.isSequence() ? r.sequence() : ""), 160),
                TableColumns.sized(TableColumns.text("Status", EmailRow::active), 75),
                TableColumns.sized(TableColumns.text("Trigger / step", EmailRow::step), 500),
                TableColumns.sized(TableColumns.count("Sent (30 d)", r -> r.counts().sent()), 105),
                TableColumns.sized(TableColumns.percent("Open rate", EmailRow::openRate), 100),
                TableColumns.sized(TableColumns.percent("Click rate", EmailRow::clickRate), 100),
                TableColumns.sized(TableColumns.percent("Reply rate", EmailRow::replyRate), 100)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EmailRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("sequence-row");
                if (!empty && item != null && item.isSequence()) {
                    getStyleClass().add("sequence-row");
                }
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(200);
        VBox.setVgrow(table, Priority.ALWAYS);

        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        Button activate = new Button("Activate sending…");
        activate.setId("email-activate");
        activate.getStyleClass().add("accent");
        activate.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().sending(), model.selectedProperty()));
        activate.setOnAction(e -> confirmActivation(model.selectedProperty().get()));
        Button pause = new Button("Pause sending");
        pause.setId("email-pause");
        pause.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || !model.selectedProperty().get().sending(), model.selectedProperty()));
        pause.setOnAction(e -> model.pause(model.selectedProperty().get()));
        Label result = new Label();
        result.setId("email-action-result");
        result.setWrapText(true);
        result.textProperty().bind(model.actionResultProperty());
        Label rule = new Label("A sequence sends only once you activate it here; Resend delivers each step once per contact, "
                + "never to unsubscribed addresses.");
        rule.getStyleClass().add("hint");
        HBox actions = new HBox(10, activate, pause, result);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        root.getChildren().addAll(title, subtitle, weeks, chart(), table, rule, actions);
    }

    /** Emails go to real people: activation is asked for explicitly, and Cancel is the default. */
    private void confirmActivation(EmailRow row) {
        if (row == null) {
            return;
        }
        ButtonType yes = new ButtonType("Activate and send", ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, model.activationQuestion(row), yes, no);
        ask.setTitle("Activate email sequence");
        ask.setHeaderText("This sequence will send emails");
        ((Button) ask.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(no)).setDefaultButton(true);
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
        }
        ask.showAndWait().filter(yes::equals).ifPresent(b -> model.activate(row));
    }

    private static Node figure(String heading, StringProperty value, StringProperty detail, String id) {
        Label h = new Label(heading);
        h.getStyleClass().add("hint");
        Label v = new Label();
        v.setId(id);
        v.getStyleClass().add("figure-value");
        v.textProperty().bind(value);
        Label d = new Label();
        d.setId(id + "-detail");
        d.getStyleClass().add("hint");
        d.setWrapText(true);
        d.textProperty().bind(detail);
        VBox box = new VBox(2, h, v, d);
        box.getStyleClass().add("figure");
        box.setPadding(new Insets(10, 14, 10, 14));
        box.setPrefWidth(300);
        return box;
    }

    private Node chart() {
        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.setTickUnit(7);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return DAY.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel("Reply rate (%)");
        y.setForceZeroInRange(true);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("email-reply-chart");
        chart.setTitle("Reply rate per day, last 60 days");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(240);
        chart.setMinHeight(200);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        model.days().addListener((ListChangeListener<ReplyRateTrend.Day>) c -> {
            series.getData().clear();
            List<ReplyRateTrend.Day> days = model.days();
            if (days.isEmpty()) {
                return;
            }
            x.setLowerBound(days.get(0).day().toEpochDay());
            x.setUpperBound(days.get(days.size() - 1).day().toEpochDay());
            for (ReplyRateTrend.Day day : days) {
                // a chart needs a double; days without sends have no rate and no point
                day.replyRate().ifPresent(rate -> series.getData().add(new XYChart.Data<>(day.day().toEpochDay(),
                        rate.doubleValue() * 100)));
            }
        });
        return chart;
    }
}
