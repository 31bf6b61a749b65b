package com.revops.app.console.forecast;

import java.math.BigDecimal;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.app.console.ui.ShownValue;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.domain.forecast.MethodScore;
import com.revops.integrations.revenue.ForecastContact;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** The Forecast screen's tables: the three methods with their accuracy, and the contacts most likely to close. */
final class ForecastTables {
    static final String NOT_ENOUGH = "not enough history";

    private ForecastTables() {
    }

    static TableView<MethodRow> methods(ObservableList<MethodRow> rows) {
        TableView<MethodRow> table = new TableView<>(rows);
        table.setId("forecast-methods");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Method", r -> (r.best() ? "★ " : "") + r.method().label()));
        table.getColumns().add(TableColumns.money("30 days", r -> r.forecast().d30()));
        table.getColumns().add(TableColumns.money("60 days", r -> r.forecast().d60()));
        table.getColumns().add(TableColumns.money("90 days", r -> r.forecast().d90()));
        table.getColumns().add(TableColumns.shown("WAPE 30 d", "number", r -> score(r.score30(), r.score30().wape(), Formats::percent)));
        table.getColumns().add(TableColumns.shown("Bias 30 d", "number", r -> score(r.score30(), r.score30().bias(),
                ForecastViewModel::signedOne)));
        table.getColumns().add(TableColumns.count("Judged", r -> r.score30().points()));
        TableColumns.share(table, new double[] {0.26, 0.12, 0.12, 0.12, 0.14, 0.13, 0.1});
        TableColumns.fixedRows(table, 3);
        return TableExport.exportable(table, "forecast-methods");
    }

    private static ShownValue score(MethodScore s, Optional<BigDecimal> figure, java.util.function.Function<BigDecimal, String> text) {
        return s.enough() && figure.isPresent() ? ShownValue.of(figure.get(), text.apply(figure.get())) : ShownValue.missing(NOT_ENOUGH);
    }

    static TableView<ForecastContact> contacts(ObservableList<ForecastContact> rows) {
        TableView<ForecastContact> table = new TableView<>(rows);
        table.setId("forecast-contacts");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Contact", ForecastContact::name));
        table.getColumns().add(TableColumns.text("Stage", c -> c.stage().label()));
        table.getColumns().add(TableColumns.days("Days in stage", c -> Optional.of(c.ageDays())));
        table.getColumns().add(TableColumns.percent("P(close ≤ 30 d)", c -> Optional.of(BigDecimal.valueOf(c.pClose30()))));
        table.getColumns().add(TableColumns.money("Expected", ForecastContact::expected30));
        TableColumns.share(table, new double[] {0.3, 0.18, 0.16, 0.18, 0.18});
        table.setPlaceholder(new Label("No open contacts."));
        return TableExport.exportable(table, "forecast-contacts");
    }
}
