package com.revops.app.console.offers;

import org.controlsfx.control.table.TableFilter;

import com.revops.app.console.ui.ColumnFilters;
import com.revops.app.console.ui.Headings;
import com.revops.app.console.ui.ScreenStylesheet;
import com.revops.app.console.ui.SearchField;
import com.revops.app.console.ui.SideBySide;
import com.revops.domain.revenue.OfferPerformance;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Offers screen: the filterable offer × platform × niche table, revenue by offer and automation ROI. */
public final class OffersView {
    /** The screen's width from which the per-offer and automation tables stand side by side, both uncut. */
    static final double SIDE_BY_SIDE_FROM = 1340;
    private final OffersViewModel model;
    private final VBox root = new VBox();

    public OffersView(OffersViewModel model) {
        this.model = model;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "offers-screen");
        root.getStylesheets().add(ScreenStylesheet.of("revenue-screens"));
        root.setId("offers-screen");
        Label title = Headings.title("Offers");
        Label subtitle = Headings.subtitle(model.periodProperty());
        Label top = new Label();
        top.setId("offers-top");
        top.getStyleClass().add("section-title");
        top.textProperty().bind(model.topOfferProperty());
        TableView<OfferPerformance> rows = OffersTables.rows(model.shownRows());
        rows.setMinHeight(170);
        VBox.setVgrow(rows, Priority.ALWAYS);
        // the per-offer table has ten columns (cost broken down), the automations six: side by side they need about
        // 1,340 px, more than a 1440-px window leaves the screen, so there the automations go below
        SideBySide bottom = new SideBySide(column("Per offer (bars: revenue)", OffersTables.offers(model.offers()), 800),
                column("Automation ROI, last 30 days", OffersTables.automations(model.automations()), 520), 18, SIDE_BY_SIDE_FROM);
        bottom.node().setId("offers-bottom");
        VBox heading = new VBox(2, title, subtitle);
        heading.setMinHeight(Region.USE_PREF_SIZE); // the subtitle's two lines stay whole; the rows table gives way
        root.getChildren().addAll(heading, top, filterBar(rows), rows, bottom.node());
    }

    private Node filterBar(TableView<OfferPerformance> rows) {
        ComboBox<String> offer = combo("offers-filter-offer", model.offerChoices());
        offer.valueProperty().bindBidirectional(model.offerProperty());
        ComboBox<String> platform = combo("offers-filter-platform", model.platformChoices());
        platform.valueProperty().bindBidirectional(model.platformProperty());
        ComboBox<String> niche = combo("offers-filter-niche", model.nicheChoices());
        niche.valueProperty().bindBidirectional(model.nicheProperty());
        TextField text = SearchField.create("offers-filter-text", "Filter by text…");
        text.setPrefColumnCount(16);
        text.textProperty().bindBidirectional(model.textProperty());
        Button clear = new Button("Clear filters");
        clear.setId("offers-clear");
        TableFilter<OfferPerformance> columns = ColumnFilters.of(rows).orElseThrow();
        clear.setOnAction(e -> {
            model.clearFilters();
            columns.resetAllFilters();
        });
        Label count = new Label();
        count.setId("offers-count");
        // the filters above narrow the rows first; a column's own filter (right-click its header) narrows them further
        count.textProperty().bind(Bindings.createStringBinding(() -> columns.getFilteredList().size() == columns.getBackingList().size()
                ? model.shownCountProperty().get()
                : columns.getFilteredList().size() + " of " + columns.getBackingList().size() + " rows after column filters",
                columns.getFilteredList(), columns.getBackingList(), model.shownCountProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, offer, platform, niche, text, clear, spacer, count);
        bar.getStyleClass().add("filter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static ComboBox<String> combo(String id, ObservableList<String> choices) {
        ComboBox<String> combo = new ComboBox<>(choices);
        combo.setId(id);
        combo.setPrefWidth(170);
        return combo;
    }

    private static Node column(String heading, Node content, double width) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-title");
        VBox box = new VBox(4, label, content);
        box.setPrefWidth(width);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

}
