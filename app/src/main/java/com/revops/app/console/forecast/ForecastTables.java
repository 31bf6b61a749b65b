package com.revops.app.console.forecast;

import java.math.BigDecimal;
import java.util.Optional;

import com.revops.app.Formats;
import com.revops.app.console.ui.ShownValue;
import com.revops.app.console.ui.TableColumns;
import com.revops.app.console.ui.TableExport;
import com.revops.domain.forecast.ForecastMethod;
import com.revops.domain.forecast.MethodScore;
import com.revops.integrations.revenue.ForecastContact;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** The Forecast screen's tables: the methods with their accuracy, and the contacts most likely to close with your call on each. */
final class ForecastTables {
    static final String NOT_ENOUGH = "not enough history";

    private ForecastTables() {
    }

    static TableView<MethodRow> methods(ObservableList<MethodRow> rows) {
        TableView<MethodRow> table = new TableView<>(rows);
        table.setId("forecast-methods");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Method", r -> (r.best() ? "★ " : "") + r.method().label()));
        // forecasts are summary figures: whole dollars, as on the tiles
        table.getColumns().add(TableColumns.shown("30 days", "money", r -> wholeDollars(r.forecast().d30())));
        table.getColumns().add(TableColumns.shown("60 days", "money", r -> wholeDollars(r.forecast().d60())));
        table.getColumns().add(TableColumns.shown("90 days", "money", r -> wholeDollars(r.forecast().d90())));
        table.getColumns().add(TableColumns.shown("WAPE 30d", "number", r -> score(r.score30(), r.score30().wape(), Formats::percent)));
        table.getColumns().add(TableColumns.shown("Bias 30d", "number", r -> score(r.score30(), r.score30().bias(),
                ForecastViewModel::signedOne)));
        table.getColumns().add(TableColumns.count("Judged", r -> r.score30().points()));
        TableColumns.share(table, new double[] {0.28, 0.11, 0.11, 0.11, 0.14, 0.13, 0.11});
        TableColumns.fixedRows(table, ForecastMethod.values().length);
        return TableExport.exportable(table, "forecast-methods");
    }

    private static ShownValue wholeDollars(BigDecimal amount) {
        return ShownValue.of(amount, Formats.money(amount));
    }

    private static ShownValue score(MethodScore s, Optional<BigDecimal> figure, java.util.function.Function<BigDecimal, String> text) {
        return s.enough() && figure.isPresent() ? ShownValue.of(figure.get(), text.apply(figure.get())) : ShownValue.missing(NOT_ENOUGH);
    }

    static TableView<ForecastContact> contacts(ForecastViewModel model) {
        TableView<ForecastContact> table = new TableView<>(model.contacts());
        table.setId("forecast-contacts");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Contact", ForecastContact::name));
        table.getColumns().add(TableColumns.text("Stage", c -> c.stage().label()));
        table.getColumns().add(TableColumns.days("Days", c -> Optional.of(c.ageDays())));
        table.getColumns().add(TableColumns.percent("P(30 d)", c -> Optional.of(BigDecimal.valueOf(c.pClose30()))));
        table.getColumns().add(TableColumns.money("Expected", ForecastContact::expected30));
        table.getColumns().add(YourCallColumn.of(model));
        TableColumns.share(table, new double[] {0.21, 0.15, 0.12, 0.14, 0.16, 0.21});
        YourCallColumn.keys(table, model);
        table.setPlaceholder(new Label("No open contacts."));
        return TableExport.exportable(table, "forecast-contacts");
    }
}
