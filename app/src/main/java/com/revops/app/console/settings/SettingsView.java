package com.revops.app.console.settings;

import java.time.ZoneId;

import com.revops.app.console.ui.Headings;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Settings: General (database, time zone), Telegram & keys, Budgets & routing, Offers — one tab each. */
public final class SettingsView {
    private final SettingsViewModel model;
    private final VBox root = new VBox();

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        createView();
    }

    public Parent root() {
        return root;
    }

    private void createView() {
        root.getStyleClass().addAll("screen", "settings");
        Label title = Headings.title("Settings");
        TabPane tabs = new TabPane(
                tab("General", general(), "settings-tab-general"),
                tab("Telegram & keys", ServiceKeysPane.create(model.keys(), model.writingProperty()), "settings-tab-keys"),
                tab("Budgets & routing", BudgetsRoutingPane.create(model.budgets(), model.routing(), model.writingProperty()),
                        "settings-tab-budgets"),
                tab("Offers", new VBox(24, OffersPane.create(model.offers(), model.writingProperty()),
                        OperatorTimePane.create(model.operatorTime(), model.writingProperty())), "settings-tab-offers"),
                tab("Targets", TargetsPane.create(model.targets(), model.writingProperty()), "settings-tab-targets"));
        tabs.setId("settings-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(title, tabs);
    }

    private Node general() {
        Label database = new Label();
        database.setId("settings-database");
        database.setWrapText(true);
        database.textProperty().bind(model.databaseProperty());
        Label reachable = new Label();
        reachable.setId("settings-database-reachable");
        reachable.getStyleClass().add("settings-status");
        reachable.textProperty().bind(model.databaseReachableProperty());

        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(ZoneId.getAvailableZoneIds().stream().sorted().toList()));
        zone.setId("settings-time-zone");
        zone.setEditable(true);
        zone.setPromptText("e.g. Europe/Berlin");
        zone.setPrefWidth(320);
        zone.valueProperty().bindBidirectional(model.timeZoneProperty());
        Button saveZone = new Button("Save time zone");
        saveZone.setId("settings-save-time-zone");
        saveZone.disableProperty().bind(model.writingProperty());
        saveZone.setOnAction(e -> {
            model.timeZoneProperty().set(zone.getEditor().getText());
            model.saveTimeZone();
        });
        HBox zoneRow = new HBox(10, zone, saveZone);
        zoneRow.setAlignment(Pos.CENTER_LEFT);
        Label zoneStatus = new Label();
        zoneStatus.setId("settings-time-zone-status");
        zoneStatus.getStyleClass().add("hint");
        zoneStatus.setWrapText(true);
        zoneStatus.textProperty().bind(model.timeZoneStatusProperty());

        return new VBox(10, FormParts.section("Database"), database, reachable, FormParts.hint(SettingsViewModel.HOW_TO_SWITCH),
                FormParts.section("Time zone"),
                FormParts.hint("Months, days and the scheduler's times follow this zone. REVOPS_TZ, when set, wins over it. "
                        + "Leave it empty to use the system's zone."),
                zoneRow, zoneStatus,
                FormParts.message(model.timeZoneErrorProperty(), "field-error", "settings-time-zone-error"),
                FormParts.message(model.timeZoneResultProperty(), "success-banner", "settings-time-zone-result"));
    }

    private static Tab tab(String title, Node content, String id) {
        VBox box = new VBox(content);
        box.setPadding(new Insets(16, 8, 16, 4));
        box.setMaxWidth(1100);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }
}
