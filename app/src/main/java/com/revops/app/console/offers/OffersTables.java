package com.revops.app.console.offers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.revops.app.console.ui.ShownValue;
import com.revops.app.console.ui.TableExport;
import com.revops.app.console.ui.TableColumns;
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
        table.getColumns().add(TableColumns.text("Offer", OfferPerformance::offerTag));
        table.getColumns().add(TableColumns.text("Platform", OfferPerformance::platform));
        table.getColumns().add(TableColumns.text("Niche", OffersViewModel::niche));
        table.getColumns().addAll(measures(true));
        TableColumns.share(table, new double[] {0.11, 0.07, 0.075, 0.07, 0.07, 0.04, 0.05, 0.045, 0.075, 0.06, 0.055, 0.06, 0.065,
                0.055, 0.05});
        table.setPlaceholder(new Label("No offer × platform × niche matches the filters."));
        return TableExport.exportable(table, "offer-performance");
    }

    static TableView<OfferPerformance> offers(ObservableList<OfferPerformance> offers) {
        TableView<OfferPerformance> table = new TableView<>(offers);
        table.setId("offers-summary");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Offer", OfferPerformance::offerTag));
        table.getColumns().addAll(measures(false));
        @SuppressWarnings("unchecked")
        TableColumn<OfferPerformance, ShownValue> revenue = (TableColumn<OfferPerformance, ShownValue>) table.getColumns().get(3);
        revenue.setCellFactory(c -> new RevenueBarCell<>(OfferPerformance::revenue));
        TableColumns.share(table, new double[] {0.16, 0.07, 0.06, 0.17, 0.09, 0.08, 0.09, 0.1, 0.08, 0.08});
        TableColumns.fixedRows(table, 5);
        table.setPlaceholder(new Label("No offer activity in the last 90 days."));
        return TableExport.exportable(table, "offer-summary");
    }

    static TableView<AutomationRoi> automations(ObservableList<AutomationRoi> automations) {
        TableView<AutomationRoi> table = new TableView<>(automations);
        table.setId("offers-automations");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Automation", AutomationRoi::automation));
        table.getColumns().add(TableColumns.days("Hours", a -> Optional.of(a.hoursSaved())));
        table.getColumns().add(TableColumns.money("Revenue", AutomationRoi::attributedRevenue));
        table.getColumns().add(TableColumns.money("Value", AutomationRoi::value));
        table.getColumns().add(TableColumns.money("Cost", AutomationRoi::cost));
        table.getColumns().add(TableColumns.times("ROI", AutomationRoi::roi));
        TableColumns.share(table, new double[] {0.26, 0.11, 0.16, 0.16, 0.16, 0.15});
        TableColumns.fixedRows(table, 5);
        table.setPlaceholder(new Label("No active automations."));
        return TableExport.exportable(table, "automation-roi");
    }

    /** The measured columns; the full table also shows impressions, engagements and DM starts. */
    private static List<TableColumn<OfferPerformance, ?>> measures(boolean reach) {
        List<TableColumn<OfferPerformance, ?>> columns = new ArrayList<>();
        if (reach) {
            columns.add(TableColumns.count("Impressions", OfferPerformance::impressions));
            columns.add(TableColumns.count("Engagements", OfferPerformance::engagements));
            columns.add(TableColumns.count("DMs", OfferPerformance::dmStarts));
        }
        columns.add(TableColumns.count("Entries", OfferPerformance::pipelineEntries));
        columns.add(TableColumns.count("Deals", OfferPerformance::deals));
        columns.add(TableColumns.money("Revenue", OfferPerformance::revenue));
        columns.add(TableColumns.money("Ads", o -> o.costs().adSpend()));
        columns.add(TableColumns.money("AI", o -> o.costs().aiCredits()));
        columns.add(TableColumns.money("Time", o -> o.costs().operatorTime()));
        columns.add(TableColumns.money("Cost", OfferPerformance::cost));
        columns.add(TableColumns.percent(reach ? "Conversion" : "Conv.", OfferPerformance::conversion));
        columns.add(TableColumns.times("ROI", OfferPerformance::roi));
        return columns;
    }
}
