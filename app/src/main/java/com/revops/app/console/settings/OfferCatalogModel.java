package com.revops.app.console.settings;

import java.time.Clock;
import java.util.List;

import com.revops.app.App;
import com.revops.integrations.settings.CatalogOffer;
import com.revops.integrations.settings.OfferCatalogRepository;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The offer catalog of Settings: edit a cell (saved at once), add an offer, remove an unused one. */
public final class OfferCatalogModel {
    private final App services;
    private final SettingsWriter writer;
    private final Clock clock;
    private final Runnable reload;
    private final ObservableList<CatalogOffer> offers = FXCollections.observableArrayList();
    private final StringProperty newTag = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newValue = new SimpleStringProperty("");
    private final StringProperty newStage = new SimpleStringProperty("decision");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");

    private final ReadOnlyStringProperty newTagProblem = FieldCheck.follow(newTag, t -> OfferCatalogRepository.check(t, "name", "0", ""), true);
    private final ReadOnlyStringProperty newNameProblem = FieldCheck.follow(newName, t -> OfferCatalogRepository.check("tag", t, "0", ""), true);
    private final ReadOnlyStringProperty newValueProblem = FieldCheck.follow(newValue, t -> OfferCatalogRepository.check("tag", "name", t, ""),
            true);

    OfferCatalogModel(App services, SettingsWriter writer, Clock clock, Runnable reload) {
        this.services = services;
        this.writer = writer;
        this.clock = clock;
        this.reload = reload;
    }

    /** The new offer's fields' problems as typed (the rules Save applies); "" when they pass or before typing. */
    public ReadOnlyStringProperty newTagProblemProperty() {
        return newTagProblem;
    }

    public ReadOnlyStringProperty newNameProblemProperty() {
        return newNameProblem;
    }

    public ReadOnlyStringProperty newValueProblemProperty() {
        return newValueProblem;
    }

    List<CatalogOffer> read() {
        return services.stores().offerCatalog().offers();
    }

    void apply(List<CatalogOffer> catalog) {
        offers.setAll(catalog);
    }

    /** Saves an edited offer (all its fields as shown, one changed); a refusal shows and the table reloads the stored values. */
    public void update(CatalogOffer offer, String name, String value, String stage, boolean active) {
        save(offer.tag(), name, value, stage, active, "Saved " + offer.tag() + ".", true);
    }

    public void add() {
        save(newTag.get(), newName.get(), newValue.get(), newStage.get(), true, null, false);
    }

    private void save(String tag, String name, String value, String stage, boolean active, String done, boolean reloadOnRefusal) {
        error.set("");
        result.set("");
        writer.write(() -> {
            CatalogOffer saved = services.stores().offerCatalog().save(tag, name, value, stage, active, clock.instant());
            return done != null ? done : "Added " + saved.tag() + " (" + saved.name() + ").";
        }, message -> {
            result.set(message);
            if (done == null) {
                newTag.set("");
                newName.set("");
                newValue.set("");
            }
        }, problem -> {
            error.set(problem);
            if (reloadOnRefusal) {
                reload.run();
            }
        });
    }

    /** Removes the offer unless contacts use it (then says how many). */
    public void remove(CatalogOffer offer) {
        error.set("");
        result.set("");
        if (offer == null) {
            error.set("offer: choose the offer to remove");
            return;
        }
        writer.write(() -> {
            services.stores().offerCatalog().remove(offer.tag());
            return "Removed " + offer.tag() + ".";
        }, result::set, error::set);
    }

    public ObservableList<CatalogOffer> offers() {
        return offers;
    }

    public StringProperty newTagProperty() {
        return newTag;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newValueProperty() {
        return newValue;
    }

    public StringProperty newStageProperty() {
        return newStage;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty resultProperty() {
        return result;
    }
}
