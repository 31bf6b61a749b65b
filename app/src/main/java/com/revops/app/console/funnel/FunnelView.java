package com.revops.app.console.funnel;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import com.revops.app.Formats;
import com.revops.app.console.ui.Glossary;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.ScreenStylesheet;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.app.console.ui.Tiles;
import com.revops.integrations.funnel.FunnelRepository.DayPoint;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Funnel phase screen (SPEC §6): phase and playbook, progress to the next threshold, steps against targets, history. */
public final class FunnelView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.US);
    private final FunnelViewModel model;
    private final ScrollPane root = new ScrollPane();

    public FunnelView(FunnelViewModel model) {
        this.model = model;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        Label title = Headings.title("Funnel phase");
        Label subtitle = Headings.subtitle(model.subtitleProperty());

        GridPane tiles = grid(3, 14);
        Tiles.ValueTile phase = Tiles.value("Current phase", "name");
        phase.value().textProperty().bind(model.phaseProperty());
        phase.detail().textProperty().bind(model.playbookProperty());
        phase.tile().setId("funnel-phase");
        Glossary.explain(phase.tile(), "funnel.phase");
        tiles.add(phase.tile(), 0, 0);
        tiles.add(progressTile(), 1, 0);
        Tiles.ValueTile mrr = Tiles.value("MRR", "money");
        mrr.value().textProperty().bind(model.mrrProperty());
        mrr.detail().textProperty().bind(model.mrrDetailProperty());
        mrr.tile().setId("funnel-mrr");
        Glossary.explain(mrr.tile(), "funnel.mrr");
        tiles.add(mrr.tile(), 2, 0);

        Label stepsTitle = new Label();
        stepsTitle.getStyleClass().add("section-title");
        stepsTitle.textProperty().bind(model.stepsTitleProperty());
        GridPane steps = grid(2, 18);
        steps.getColumnConstraints().get(0).setPercentWidth(54);
        steps.getColumnConstraints().get(1).setPercentWidth(46);
        steps.add(new StepBandChart(model.steps()).node(), 0, 0);
        steps.add(stepTable(), 1, 0);

        GridPane history = grid(2, 14);
        history.add(historyChart("Paying users, last 180 days", "Paying users", "funnel-paying-chart", p -> p.payingUsers(), true), 0, 0);
        history.add(historyChart("MRR, last 180 days", "MRR ($)", "funnel-mrr-chart", p -> p.mrr().doubleValue(), false), 1, 0);

        VBox screen = new VBox(title, subtitle, tiles, new VBox(10, stepsTitle, steps), history);
        screen.getStyleClass().addAll("screen", "funnel-screen");
        root.setContent(screen);
        root.setFitToWidth(true);
        root.getStylesheets().add(ScreenStylesheet.of("funnel"));
    }

    private Node progressTile() {
        ProgressBar bar = new ProgressBar();
        bar.setId("funnel-progress-bar");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("phase-progress");
        Label text = new Label();
        text.setId("funnel-progress-text");
        text.getStyleClass().addAll("tile-value", "name");
        text.textProperty().bind(model.progressTextProperty());
        Label detail = new Label();
        detail.getStyleClass().add("tile-detail");
        detail.textProperty().bind(model.progressDetailProperty());
        VBox box = new VBox(10, text, bar, detail);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 0, 0, 0));
        var tile = Tiles.custom("Progress to the next phase", box);
        tile.setId("funnel-progress");
        Glossary.explain(tile, "funnel.progress");
        return tile;
    }

    private TableView<FunnelViewModel.StepLine> stepTable() {
        TableView<FunnelViewModel.StepLine> table = new TableView<>(model.steps());
        table.setId("funnel-step-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumns.fitRows(table, 5);
        table.setPlaceholder(new Label("No funnel snapshot yet"));
        table.getColumns().add(TableColumns.text("Step", s -> s.step().label()));
        table.getColumns().add(Glossary.explain(TableColumns.count("From", FunnelViewModel.StepLine::fromCount), "funnel.from"));
        table.getColumns().add(Glossary.explain(TableColumns.count("To", FunnelViewModel.StepLine::toCount), "funnel.to"));
        table.getColumns().add(Glossary.explain(TableColumns.optional("Rate", FunnelViewModel.StepLine::rate, Formats::percent), "funnel.rate"));
        table.getColumns().add(TableColumns.text("Target", FunnelViewModel.StepLine::target));
        table.getColumns().add(TableColumns.text("Verdict", FunnelViewModel.StepLine::verdict));
        TableColumns.widths(table, 142, 72, 62, 56, 82, 70);
        return TableExport.exportable(table, "funnel-steps");
    }

    /** A line per snapshot day over a date axis (epoch days, labelled "d MMM"); paying users also get the next threshold as a dashed line. */
    private LineChart<Number, Number> historyChart(String title, String axis, String id, Function<DayPoint, Number> value, boolean thresholds) {
        NumberAxis x = new NumberAxis();
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number day) {
                return DAY.format(java.time.LocalDate.ofEpochDay(day.longValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel(axis);
        y.setForceZeroInRange(true);
        if (!thresholds) {
            y.setTickLabelFormatter(new NumberAxis.DefaultFormatter(y, "$", null));
        }
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(thresholds);
        chart.setVerticalGridLinesVisible(false);
        chart.setMinHeight(300);
        model.history().addListener((ListChangeListener<DayPoint>) c -> {
            chart.getData().clear();
            if (model.history().isEmpty()) {
                return;
            }
            long first = model.history().get(0).day().toEpochDay();
            long last = model.history().get(model.history().size() - 1).day().toEpochDay();
            x.setLowerBound(first);
            x.setUpperBound(Math.max(last, first + 1));
            x.setTickUnit(Math.max(1, Math.round((last - first) / 8.0)));
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(axis);
            for (DayPoint p : model.history()) {
                // a chart needs a double; the money stays exact in the tiles
                series.getData().add(new XYChart.Data<>(p.day().toEpochDay(), value.apply(p)));
            }
            chart.getData().add(series);
            model.nextThresholdProperty().get().filter(n -> thresholds).ifPresent(n -> {
                XYChart.Series<Number, Number> next = new XYChart.Series<>();
                next.setName("Phase " + (n == 50 ? 2 : 3) + " at " + n);
                next.getData().add(new XYChart.Data<>(first, n));
                next.getData().add(new XYChart.Data<>(last, n));
                chart.getData().add(next);
            });
        });
        return chart;
    }

    private static GridPane grid(int columns, double gap) {
        GridPane grid = new GridPane();
        grid.setHgap(gap);
        grid.setVgap(gap);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        return grid;
    }
}
