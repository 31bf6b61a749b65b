package com.revops.app.console.settings;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.revops.app.App;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.ScreenModel;
import com.revops.domain.credits.Budget;
import com.revops.domain.revenue.OperatorTime;
import com.revops.integrations.settings.CatalogOffer;
import com.revops.integrations.settings.SettingsRepository;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings (SPEC §6, §7): the database in use, the time zone, the services' keys, the credit budgets,
 * the offer catalog, the operator's time for offer ROI and the routing table. Every write is checked first (a refusal names the
 * field and changes nothing), runs off the FX thread, and is followed by a refresh of every screen.
 */
public final class SettingsViewModel extends ScreenModel implements SettingsWriter {
    public static final String HOW_TO_SWITCH = "To use another PostgreSQL (for example your Supabase database), set REVOPS_DB_URL "
            + "(jdbc:postgresql://host:5432/db or postgres://…) with REVOPS_DB_USER and REVOPS_DB_PASSWORD, and restart. Without it "
            + "the console runs its own embedded PostgreSQL under REVOPS_HOME. Migrations run at start and never drop data.";

    private final ConsoleContext context;
    private final App services;
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty databaseReachable = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty("");
    private final StringProperty timeZoneStatus = new SimpleStringProperty("");
    private final StringProperty timeZoneError = new SimpleStringProperty("");
    private final StringProperty timeZoneResult = new SimpleStringProperty("");
    private final BooleanProperty writing = new SimpleBooleanProperty(false);
    private final ServiceKeysModel keys;
    private final BudgetsModel budgets;
    private final OfferCatalogModel offers;
    private final OperatorTimeModel operatorTime;
    private final RoutingModel routing;
    private final TargetsModel targets;

    public SettingsViewModel(ConsoleContext context) {
        super(context.executor(), context.clock());
        this.context = context;
        this.services = context.services();
        this.keys = new ServiceKeysModel(services, this);
        this.budgets = new BudgetsModel(services, this, clock);
        this.offers = new OfferCatalogModel(services, this, clock, this::refresh);
        this.operatorTime = new OperatorTimeModel(services, this, clock);
        this.routing = new RoutingModel(services, this, clock, this::refresh);
        this.targets = new TargetsModel(services, this, clock);
        timeZone.addListener((o, a, b) -> timeZoneError.set(""));
    }

    @Override
    public void refresh() {
        load(this::fetch, this::apply);
    }

    private Snapshot fetch() {
        var db = services.database();
        return new Snapshot(db.description(), db.isEmbedded(), db.isReachable(), services.zone(), services.zoneSource(),
                services.stores().settings().get(SettingsRepository.TIME_ZONE), keys.read(), budgets.read(), offers.read(),
                operatorTime.read(), routing.read(), targets.read());
    }

    private void apply(Snapshot s) {
        database.set((s.embedded() ? "Embedded PostgreSQL " : "External PostgreSQL: ")
                + s.description().replaceFirst("^(embedded|external)\\s*", ""));
        databaseReachable.set(s.reachable() ? "reachable ✓" : "not reachable: the console keeps showing the last data it loaded");
        timeZone.set(s.storedZone().orElse(""));
        String source = switch (s.zoneSource()) {
            case "REVOPS_TZ" -> "from the environment variable REVOPS_TZ, which wins over this setting";
            case "setting" -> "from this setting";
            default -> "the system's (no setting stored)";
        };
        timeZoneStatus.set("In use: " + s.zone().getId() + ", " + source + ". A change takes effect when the console (or the CLI) "
                + "starts again.");
        keys.apply(s.keys());
        budgets.apply(s.budgets());
        offers.apply(s.offers());
        operatorTime.apply(s.operatorTime());
        routing.apply(s.routes());
        targets.apply(s.targets());
    }

    /** Stores the time zone (checked by ZoneId.of; blank removes it); used from the next start. */
    public void saveTimeZone() {
        timeZoneError.set("");
        timeZoneResult.set("");
        String text = timeZone.get();
        write(() -> services.stores().settings().saveTimeZone(text, clock.instant())
                        .map(zone -> "Time zone " + zone.getId() + " saved; it applies from the next start.")
                        .orElse("Time zone setting removed; the system's zone applies from the next start."),
                timeZoneResult::set, timeZoneError::set);
    }

    @Override
    public void write(Supplier<String> work, Consumer<String> done, Consumer<String> refused) {
        writing.set(true);
        executor.background(work).whenComplete((message, error) -> executor.ui(() -> {
            writing.set(false);
            if (error == null) {
                done.accept(message);
                context.dataChanged();
                refresh();
            } else {
                refused.accept(describe(error));
            }
        }));
    }

    @Override
    public void check(Supplier<String> work, Consumer<String> done, Consumer<String> failed) {
        executor.background(work).whenComplete((message, error) -> executor.ui(() -> {
            if (error == null) {
                done.accept(message);
            } else {
                failed.accept(describe(error));
            }
        }));
    }

    public ServiceKeysModel keys() {
        return keys;
    }

    public BudgetsModel budgets() {
        return budgets;
    }

    public OfferCatalogModel offers() {
        return offers;
    }

    public TargetsModel targets() {
        return targets;
    }

    public OperatorTimeModel operatorTime() {
        return operatorTime;
    }

    public RoutingModel routing() {
        return routing;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty databaseReachableProperty() {
        return databaseReachable;
    }

    public StringProperty timeZoneProperty() {
        return timeZone;
    }

    public StringProperty timeZoneStatusProperty() {
        return timeZoneStatus;
    }

    public StringProperty timeZoneErrorProperty() {
        return timeZoneError;
    }

    public StringProperty timeZoneResultProperty() {
        return timeZoneResult;
    }

    public BooleanProperty writingProperty() {
        return writing;
    }

    private record Snapshot(String description, boolean embedded, boolean reachable, ZoneId zone, String zoneSource,
                            Optional<String> storedZone, Map<ServiceKey, ServiceKeysModel.Current> keys, List<Budget> budgets,
                            List<CatalogOffer> offers, OperatorTime operatorTime, RoutingModel.Data routes,
                            TargetsModel.Data targets) {
    }
}
