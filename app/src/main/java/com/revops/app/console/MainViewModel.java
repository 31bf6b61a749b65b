package com.revops.app.console;

import java.time.Instant;
import java.time.ZoneId;
import java.util.prefs.Preferences;

import com.revops.app.Formats;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The window's state: which screen, the status bar, the theme; remembered between runs. */
public final class MainViewModel {
    private final ObjectProperty<ScreenId> screen = new SimpleObjectProperty<>(ScreenId.DASHBOARD);
    private final StringProperty database = new SimpleStringProperty("Database: starting…");
    private final BooleanProperty databaseReachable = new SimpleBooleanProperty(false);
    private final StringProperty scheduler = new SimpleStringProperty("Scheduler: not started");
    private final StringProperty lastRefresh = new SimpleStringProperty("");
    private final StringProperty asOf = new SimpleStringProperty("");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final Preferences preferences;

    public MainViewModel(Preferences preferences) {
        this.preferences = preferences;
        ScreenId.byName(preferences.get("screen", ScreenId.DASHBOARD.name())).ifPresent(screen::set);
        // REVOPS_SCREEN=PIPELINE opens that screen first (docs/screenshots/take.sh uses it)
        java.util.Optional.ofNullable(System.getenv("REVOPS_SCREEN")).flatMap(ScreenId::byName).ifPresent(screen::set);
        dark.set(preferences.getBoolean("dark", false));
        screen.addListener((o, a, b) -> preferences.put("screen", b.name()));
        dark.addListener((o, a, b) -> preferences.putBoolean("dark", b));
    }

    public void databaseUp(String description) {
        databaseReachable.set(true);
        database.set("Database: " + description);
    }

    public void databaseDown(String problem) {
        databaseReachable.set(false);
        String line = problem.lines().findFirst().orElse(problem);
        database.set("Database unreachable — " + (line.length() > 140 ? line.substring(0, 140) + "…" : line));
    }

    public void refreshed(Instant at, ZoneId zone) {
        lastRefresh.set("Refreshed " + Formats.when(at, zone));
    }

    public ObjectProperty<ScreenId> screenProperty() {
        return screen;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public BooleanProperty databaseReachableProperty() {
        return databaseReachable;
    }

    public StringProperty schedulerProperty() {
        return scheduler;
    }

    public StringProperty lastRefreshProperty() {
        return lastRefresh;
    }

    public StringProperty asOfProperty() {
        return asOf;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public Preferences preferences() {
        return preferences;
    }
}
