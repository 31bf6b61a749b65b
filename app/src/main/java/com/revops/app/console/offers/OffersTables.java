package com.revops.app.console.offers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.revops.app.console.ui.ColumnFilters;
import com.revops.app.console.ui.Glossary;
import com.revops.app.console.ui.ShownValue;
import com.revops.app.console.ui.TableExport;
import com.revops.app.console.ui.TableColumns;
import com.revops.domain.revenue.AutomationRoi;
import com.revops.domain.revenue.OfferPerformance;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Offers screen's tables: offer × platform × niche, per offer, and automation ROI. */
final class OffersTables {
    private OffersTables() {
    }

    static TableView<OfferPerformance> rows(ObservableList<OfferPerformance> shown) {
        TableView<OfferPerformance> table = new TableView<>(shown); // the column filters sort what they keep
        table.setId("offers-rows");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Offer", OfferPerformance::offerTag));
        table.getColumns().add(TableColumns.text("Platform", OfferPerformance::platform));
        table.getColumns().add(TableColumns.text("Niche", OffersViewModel::niche));
        table.getColumns().addAll(measures(true));
        // the figure columns' titles carry a "?": the narrow ones get the room for it
        TableColumns.share(table, new double[] {0.10, 0.065, 0.07, 0.09, 0.095, 0.05, 0.065, 0.057, 0.075, 0.05, 0.045, 0.055, 0.06,
                0.09, 0.05});
        table.setPlaceholder(new Label("No offer × platform × niche matches the filters."));
        ColumnFilters.on(table);
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
        TableColumns.share(table, new double[] {0.17, 0.075, 0.065, 0.14, 0.085, 0.085, 0.105, 0.105, 0.07, 0.07});
        TableColumns.fixedRows(table, 5);
        table.setPlaceholder(new Label("No offer activity in the last 90 days."));
        return TableExport.exportable(table, "offer-summary");
    }

    static TableView<AutomationRoi> automations(ObservableList<AutomationRoi> automations) {
        TableView<AutomationRoi> table = new TableView<>(automations);
        table.setId("offers-automations");
        table.getStyleClass().add("revenue-table");
        table.getColumns().add(TableColumns.text("Automation", AutomationRoi::automation));
        table.getColumns().add(Glossary.explain(TableColumns.days("Hours", a -> Optional.of(a.hoursSaved())), "automation.hours"));
        table.getColumns().add(Glossary.explain(TableColumns.money("Revenue", AutomationRoi::attributedRevenue), "automation.revenue"));
        table.getColumns().add(Glossary.explain(TableColumns.money("Value", AutomationRoi::value), "automation.value"));
        table.getColumns().add(Glossary.explain(TableColumns.money("Cost", AutomationRoi::cost), "automation.cost"));
        table.getColumns().add(Glossary.explain(TableColumns.times("ROI", AutomationRoi::roi), "automation.roi"));
        TableColumns.share(table, new double[] {0.25, 0.1, 0.18, 0.18, 0.16, 0.13});
        TableColumns.fixedRows(table, 5);
        table.setPlaceholder(new Label("No active automations."));
        return TableExport.exportable(table, "automation-roi");
    }

    /** The measured columns; the full table also shows impressions, engagements and DM starts. */
    private static List<TableColumn<OfferPerformance, ?>> measures(boolean reach) {
        List<TableColumn<OfferPerformance, ?>> columns = new ArrayList<>();
        if (reach) {
            columns.add(Glossary.explain(TableColumns.count("Impressions", OfferPerformance::impressions), "offer.impressions"));
            columns.add(Glossary.explain(TableColumns.count("Engagements", OfferPerformance::engagements), "offer.engagements"));
            columns.add(Glossary.explain(TableColumns.count("DMs", OfferPerformance::dmStarts), "offer.dmStarts"));
        }
        columns.add(Glossary.explain(TableColumns.count("Entries", OfferPerformance::pipelineEntries), "offer.entries"));
        columns.add(Glossary.explain(TableColumns.count("Deals", OfferPerformance::deals), "offer.deals"));
        columns.add(Glossary.explain(TableColumns.money("Revenue", OfferPerformance::revenue), "offer.revenue"));
        columns.add(Glossary.explain(TableColumns.money("Ads", o -> o.costs().adSpend()), "offer.ads"));
        columns.add(Glossary.explain(TableColumns.money("AI", o -> o.costs().aiCredits()), "offer.ai"));
        columns.add(Glossary.explain(TableColumns.money("Time", o -> o.costs().operatorTime()), "offer.time"));
        columns.add(Glossary.explain(TableColumns.money("Cost", OfferPerformance::cost), "offer.cost"));
        columns.add(Glossary.explain(TableColumns.percent(reach ? "Conversion" : "Conv.", OfferPerformance::conversion), "offer.conversion"));
        columns.add(Glossary.explain(TableColumns.times("ROI", OfferPerformance::roi), "offer.roi"));
        return columns;
    }
}
