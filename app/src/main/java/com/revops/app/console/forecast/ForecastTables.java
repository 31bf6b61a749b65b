package com.revops.app.console.forecast;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.app.console.ui.Glossary;
import com.revops.app.console.ui.ShownValue;
import com.revops.app.console.ui.TableExport;
import com.revops.app.console.ui.TableColumns;
import com.revops.domain.revenue.ForecastOutcome;

import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** The Forecast screen's tables: P(close) by stage and the forecast history. */
final class ForecastTables {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.US);

    private ForecastTables() {
    }

    static TableView<StageChance> stages(ObservableList<StageChance> stages) {
        TableView<StageChance> table = new TableView<>(stages);
        table.setId("forecast-stages");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Stage", s -> s.stage().label()));
        table.getColumns().add(Glossary.explain(TableColumns.count("Contacts", StageChance::contacts), "forecast.contacts"));
        table.getColumns().add(Glossary.explain(TableColumns.money("Potential", StageChance::potential), "forecast.potential"));
        table.getColumns().add(Glossary.explain(TableColumns.percent("P(close)", s -> Optional.of(s.closeProbability())), "forecast.pClose"));
        table.getColumns().add(Glossary.explain(TableColumns.money("Expected", StageChance::expected), "forecast.expected"));
        TableColumns.share(table, new double[] {0.21, 0.16, 0.23, 0.15, 0.25});
        TableColumns.fixedRows(table, 5);
        return Glossary.headerTooltips(TableExport.exportable(table, "forecast-by-stage"));
    }

    static TableView<ForecastOutcome> history(ObservableList<ForecastOutcome> outcomes) {
        TableView<ForecastOutcome> table = new TableView<>();
        SortedList<ForecastOutcome> sorted = new SortedList<>(outcomes);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("forecast-points");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.shown("Snapshot day", "date",
                o -> ShownValue.of(o.snapshotDate().toEpochDay(), DAY.format(o.snapshotDate()))));
        table.getColumns().add(Glossary.explain(TableColumns.money("30-day forecast", ForecastOutcome::forecast), "forecast.snapshot30"));
        table.getColumns().add(Glossary.explain(TableColumns.money("Closed in the 30 days after", ForecastOutcome::closed), "forecast.closedAfter"));
        table.getColumns().add(TableColumns.shown("Forecast − closed", "money", o -> {
            BigDecimal error = o.forecast().subtract(o.closed());
            return o.judged() ? ShownValue.of(error, (error.signum() > 0 ? "+" : "") + Formats.moneyCents(error))
                    : ShownValue.missing("not over");
        }));
        table.getColumns().add(TableColumns.shown("Error ÷ closed", "number", o -> {
            if (!o.judged() || o.closed().signum() == 0) {
                return ShownValue.missing("n/a");
            }
            BigDecimal share = o.forecast().subtract(o.closed()).abs().divide(o.closed(), java.math.MathContext.DECIMAL64);
            return ShownValue.of(share, Formats.percent(share));
        }));
        table.getColumns().add(TableColumns.text("Status", o -> o.judged() ? "judged"
                : "30 days end " + DAY.format(o.windowEnd())));
        TableColumns.share(table, new double[] {0.18, 0.15, 0.2, 0.15, 0.12, 0.2});
        table.setPlaceholder(new Label("No snapshots yet: the midnight job stores one a day."));
        return Glossary.headerTooltips(TableExport.exportable(table, "forecast-history"));
    }
}
