package com.revops.app.console.settings;

import java.time.Clock;
import java.util.List;

import com.revops.app.App;
import com.revops.domain.credits.Route;
import com.revops.integrations.credits.CreditRepository;
import com.revops.integrations.settings.CreditSettings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The routing table of Settings: task type → model (haiku, sonnet, opus) and whether it is critical (runs past the budget). */
public final class RoutingModel {
    private final App services;
    private final SettingsWriter writer;
    private final Clock clock;
    private final Runnable reload;
    private final ObservableList<Route> routes = FXCollections.observableArrayList();
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final StringProperty newTask = new SimpleStringProperty("");
    private final StringProperty newModel = new SimpleStringProperty("haiku");
    private final BooleanProperty newCritical = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");

    RoutingModel(App services, SettingsWriter writer, Clock clock, Runnable reload) {
        this.services = services;
        this.writer = writer;
        this.clock = clock;
        this.reload = reload;
    }

    Data read() {
        return new Data(services.stores().credits().routes(), services.stores().creditSettings().models());
    }

    void apply(Data data) {
        routes.setAll(data.routes());
        if (!models.equals(data.models())) {
            models.setAll(data.models()); // replacing the items would clear the new route's model choice
        }
        if (newModel.get() == null || !models.contains(newModel.get())) {
            newModel.set(models.isEmpty() ? "haiku" : models.get(0));
        }
    }

    /** Saves one route as edited (model or critical changed). */
    public void update(Route route, String model, boolean critical) {
        save(route.taskType(), model, critical, "Routed " + route.taskType() + " to " + model + (critical ? " (critical)." : "."), true);
    }

    public void add() {
        save(newTask.get(), newModel.get(), newCritical.get(), null, false);
    }

    private void save(String task, String model, boolean critical, String done, boolean reloadOnRefusal) {
        error.set("");
        result.set("");
        writer.write(() -> {
            services.stores().creditSettings().saveRoute(task, model, critical, clock.instant());
            return done != null ? done : "Added the route " + task.strip() + " → " + model + ".";
        }, message -> {
            result.set(message);
            if (done == null) {
                newTask.set("");
                newCritical.set(false);
            }
        }, problem -> {
            error.set(problem);
            if (reloadOnRefusal) {
                reload.run();
            }
        });
    }

    public ObservableList<Route> routes() {
        return routes;
    }

    public ObservableList<String> models() {
        return models;
    }

    public StringProperty newTaskProperty() {
        return newTask;
    }

    public StringProperty newModelProperty() {
        return newModel;
    }

    public BooleanProperty newCriticalProperty() {
        return newCritical;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty resultProperty() {
        return result;
    }

    record Data(List<Route> routes, List<String> models) {
    }
}
