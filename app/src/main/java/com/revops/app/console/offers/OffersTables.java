package com.revops.app.console.offers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.revops.app.console.ui.ShownValue;
import com.revops.app.console.ui.TableExport;
import com.revops.app.console.ui.ValueColumns;
import com.revops.domain.revenue.AutomationRoi;
import com.revops.domain.revenue.OfferPerformance;

import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Offers screen's tables: offer × platform × niche, per offer, and automation ROI. */
final class OffersTables {
    private OffersTables() {
    }

    static TableView<OfferPerformance> rows(ObservableList<OfferPerformance> shown) {
        TableView<OfferPerformance> table = new TableView<>();
        SortedList<OfferPerformance> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("offers-rows");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(ValueColumns.text("Offer", OfferPerformance::offerTag));
        table.getColumns().add(ValueColumns.text("Platform", OfferPerformance::platform));
        table.getColumns().add(ValueColumns.text("Niche", OffersViewModel::niche));
        table.getColumns().addAll(measures(true));
        ValueColumns.share(table, new double[] {0.13, 0.08, 0.085, 0.085, 0.095, 0.06, 0.065, 0.05, 0.085, 0.07, 0.085, 0.075});
        table.setPlaceholder(new Label("No offer × platform × niche matches the filters."));
        return TableExport.exportable(table, "offer-performance");
    }

    static TableView<OfferPerformance> offers(ObservableList<OfferPerformance> offers) {
        TableView<OfferPerformance> table = new TableView<>(offers);
        table.setId("offers-summary");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(ValueColumns.text("Offer", OfferPerformance::offerTag));
        table.getColumns().addAll(measures(false));
        @SuppressWarnings("unchecked")
        TableColumn<OfferPerformance, ShownValue> revenue = (TableColumn<OfferPerformance, ShownValue>) table.getColumns().get(3);
        revenue.setCellFactory(c -> new RevenueBarCell<>(OfferPerformance::revenue));
        ValueColumns.share(table, new double[] {0.22, 0.11, 0.09, 0.23, 0.12, 0.11, 0.12});
        ValueColumns.fitRows(table, 5);
        table.setPlaceholder(new Label("No offer activity in the last 90 days."));
        return TableExport.exportable(table, "offer-summary");
    }

    static TableView<AutomationRoi> automations(ObservableList<AutomationRoi> automations) {
        TableView<AutomationRoi> table = new TableView<>(automations);
        table.setId("offers-automations");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(ValueColumns.text("Automation", AutomationRoi::automation));
        table.getColumns().add(ValueColumns.days("Hours", a -> Optional.of(a.hoursSaved())));
        table.getColumns().add(ValueColumns.money("Revenue", AutomationRoi::attributedRevenue));
        table.getColumns().add(ValueColumns.money("Value", AutomationRoi::value));
        table.getColumns().add(ValueColumns.money("Cost", AutomationRoi::cost));
        table.getColumns().add(ValueColumns.times("ROI", AutomationRoi::roi));
        ValueColumns.share(table, new double[] {0.26, 0.11, 0.16, 0.16, 0.16, 0.15});
        ValueColumns.fitRows(table, 5);
        table.setPlaceholder(new Label("No active automations."));
        return TableExport.exportable(table, "automation-roi");
    }

    /** The measured columns; the full table also shows impressions, engagements and DM starts. */
    private static List<TableColumn<OfferPerformance, ?>> measures(boolean reach) {
        List<TableColumn<OfferPerformance, ?>> columns = new ArrayList<>();
        if (reach) {
            columns.add(ValueColumns.count("Impressions", OfferPerformance::impressions));
            columns.add(ValueColumns.count("Engagements", OfferPerformance::engagements));
            columns.add(ValueColumns.count("DMs", OfferPerformance::dmStarts));
        }
        columns.add(ValueColumns.count("Entries", OfferPerformance::pipelineEntries));
        columns.add(ValueColumns.count("Deals", OfferPerformance::deals));
        columns.add(ValueColumns.money("Revenue", OfferPerformance::revenue));
        columns.add(ValueColumns.money("Cost", OfferPerformance::cost));
        columns.add(ValueColumns.percent(reach ? "Conversion" : "Conv.", OfferPerformance::conversion));
        columns.add(ValueColumns.times("ROI", OfferPerformance::roi));
        return columns;
    }
}
