package com.revops.app.console;

import java.time.Clock;
import java.util.prefs.Preferences;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revops.app.App;
import com.revops.app.console.ui.FxUiExecutor;
import com.revops.app.console.ui.ScreenModel;
import com.revops.integrations.alerts.AlertRepository;
import com.revops.integrations.demo.DemoDataGenerator;
import com.revops.integrations.revenue.SnapshotService;
import com.revops.scheduler.RevopsScheduler;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The console (SPEC §6). The window shows at once; the database starts in the background; then
 * the scheduler starts (SPEC §8: it runs while the window is open) and the last screen loads. On
 * the first start of an empty embedded database the console offers the demo data.
 */
public final class ConsoleApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);
    static final java.time.Duration AUTO_REFRESH = java.time.Duration.ofMinutes(5);
    static final java.time.Duration HEALTH_CHECK = java.time.Duration.ofSeconds(30);
    /** How often the console looks for deals closed and urgent alerts raised elsewhere (the CLI, the worker, the scheduler). */
    static final java.time.Duration ALERT_WATCH = java.time.Duration.ofSeconds(15);

    private App services;
    private FxUiExecutor executor;
    private ConsoleContext context;
    private MainWindow window;
    private MainViewModel model;
    private boolean schedulerRequested;
    private boolean stopped;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        services = App.forEnvironment(ConsoleLauncher.environment(), App.systemClock(java.time.ZoneOffset.UTC));
        executor = new FxUiExecutor();
        context = new ConsoleContext(services, executor);
        model = new MainViewModel(Preferences.userRoot().node("com/revops/console"));
        applyTheme(model.darkProperty().get());
        model.darkProperty().addListener((o, a, dark) -> applyTheme(dark));
        window = new MainWindow(model, context, Platform::exit);
        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(Theme.stylesheet());
        WindowPlacement.restore(stage, model.preferences());
        stage.setTitle("RevOps Console");
        AppIcons.applyTo(stage);
        stage.setScene(scene);
        stage.show();
        long shown = System.nanoTime();
        long sinceLaunch = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("Window shown {} ms after launch", sinceLaunch);
        // the scheduler starts once the first screen has its numbers: they come first
        window.onFirstLoad(() -> {
            long loaded = (System.nanoTime() - shown) / 1_000_000;
            LOG.info("First screen loaded {} ms after the window showed ({} ms after launch)", loaded, sinceLaunch + loaded);
            startScheduler();
        });
        paintAtOnce(model.screenProperty().get());
        model.asOfProperty().set("Times in " + java.time.ZoneId.systemDefault().getId());
        // SIGTERM or a logout: stop the scheduler and release (or stop) the embedded database
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutDown, "revops-console-stop"));
        startInBackground();
    }

    private void startInBackground() {
        executor.background(() -> {
            var db = services.database();
            return new Started(db.description(), db.isEmbedded() && isEmpty(), services.zone());
        }).whenComplete((started, error) -> executor.ui(() -> {
            if (error != null) {
                LOG.error("The database did not start", error);
                model.databaseDown(ScreenModel.describe(error));
                window.show(model.screenProperty().get(), java.util.Optional.empty());
                return;
            }
            model.databaseUp(started.description());
            model.asOfProperty().set("Times in " + started.zone().getId());
            if (started.empty()) {
                offerDemoData();
            }
            if (window.showingSkeleton()) {
                window.show(model.screenProperty().get(), java.util.Optional.empty());
            }
            after(java.time.Duration.ofSeconds(10), this::startScheduler); // even when the first screen could not load
            every(AUTO_REFRESH, window::refresh);
            every(HEALTH_CHECK, this::checkDatabase);
            watchAlerts();
        }));
    }

    /**
     * The window is never blank while the database starts (issue 15 point 4): the dashboard shows at once,
     * its tiles filling as their numbers arrive (its loads wait in the background for the database); any
     * other last screen shows its skeleton until the database is up, because building it may need the
     * operator's time zone, which is read from the database.
     */
    private void paintAtOnce(ScreenId last) {
        if (last == ScreenId.DASHBOARD) {
            window.show(last, java.util.Optional.empty());
        } else {
            window.showSkeleton(last);
        }
    }

    /** Deals closed and urgent alerts raised while the console is open: a notification, and the numbers refreshed. */
    private void watchAlerts() {
        AlertWatch watch = new AlertWatch(() -> services.stores().alerts(), executor, raised -> {
            AlertPopups.show(stage, raised, () -> window.show(ScreenId.DASHBOARD, java.util.Optional.empty()));
            context.dataChanged();
        });
        watch.poll();
        every(ALERT_WATCH, watch::poll);
    }

    private boolean isEmpty() {
        return services.stores().contacts().isEmpty();
    }

    private void offerDemoData() {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.setTitle("Welcome to RevOps Console");
        ask.setHeaderText("Your database is empty");
        ask.setContentText("Load the demo data to explore every screen? It is a realistic, made-up business: "
                + "about 900 contacts over six months, deals, outreach waiting for approval, AI credit spend and a funnel.\n\n"
                + "You can import your own data later with ./revops --import.");
        ButtonType load = new ButtonType("Load demo data", ButtonBar.ButtonData.OK_DONE);
        ButtonType skip = new ButtonType("Start empty", ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(load, skip);
        if (ask.showAndWait().filter(load::equals).isPresent()) {
            model.databaseProperty().set("Database: loading the demo data…");
            executor.background(() -> {
                new DemoDataGenerator(services.database(), services.clock(), services.zone()).load();
                return new SnapshotService(services.database(), services.zone()).backfill(services.clock().instant(), 90);
            }).whenComplete((days, error) -> executor.ui(() -> {
                if (error != null) {
                    model.databaseDown(ScreenModel.describe(error));
                } else {
                    model.databaseUp(services.database().description());
                    context.dataChanged();
                }
            }));
        }
    }

    private void startScheduler() {
        if (schedulerRequested) {
            return;
        }
        schedulerRequested = true;
        executor.background(() -> RevopsScheduler.start(services, App.instanceId()))
                .whenComplete((scheduler, error) -> executor.ui(() -> {
                    if (error != null) {
                        LOG.error("The scheduler did not start", error);
                        model.schedulerProperty().set("Scheduler: not running — " + ScreenModel.describe(error));
                    } else {
                        context.scheduler(scheduler);
                        model.schedulerProperty().set("Scheduler: running");
                    }
                }));
    }

    private void checkDatabase() {
        executor.background(() -> services.database().isReachable()).whenComplete((up, error) -> executor.ui(() -> {
            if (error == null && Boolean.TRUE.equals(up)) {
                model.databaseUp(services.database().description());
            } else {
                model.databaseDown("the console keeps the last data it loaded");
            }
        }));
    }

    private static void every(java.time.Duration period, Runnable action) {
        Timeline timeline = new Timeline(new KeyFrame(Duration.millis(period.toMillis()), e -> action.run()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    private static void after(java.time.Duration delay, Runnable action) {
        Timeline once = new Timeline(new KeyFrame(Duration.millis(delay.toMillis()), e -> action.run()));
        once.play();
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void stop() {
        if (window != null && window.root().getScene() != null) {
            WindowPlacement.save((Stage) window.root().getScene().getWindow(), model.preferences());
        }
        shutDown();
    }

    private synchronized void shutDown() {
        if (stopped) {
            return;
        }
        stopped = true;
        context.scheduler().ifPresent(RevopsScheduler::close);
        if (executor != null) {
            executor.close();
        }
        if (services != null) {
            services.close();
        }
    }

    private record Started(String description, boolean empty, java.time.ZoneId zone) {
    }
}
