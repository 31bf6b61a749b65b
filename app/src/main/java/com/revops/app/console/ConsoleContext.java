package com.revops.app.console;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.revops.app.App;
import com.revops.app.console.ui.UiExecutor;
import com.revops.scheduler.RevopsScheduler;

/**
 * What the screens share: the app's services, the executor, the scheduler (once started), and a
 * signal that data changed (after any write every screen refreshes, SPEC §6 "after any write").
 */
public final class ConsoleContext {
    private final App services;
    private final UiExecutor executor;
    private final List<Runnable> dataListeners = new CopyOnWriteArrayList<>();
    private volatile RevopsScheduler scheduler;

    public ConsoleContext(App services, UiExecutor executor) {
        this.services = services;
        this.executor = executor;
    }

    public App services() {
        return services;
    }

    public UiExecutor executor() {
        return executor;
    }

    public Clock clock() {
        return services.clock();
    }

    public ZoneId zone() {
        return services.zone();
    }

    public Optional<RevopsScheduler> scheduler() {
        return Optional.ofNullable(scheduler);
    }

    public void scheduler(RevopsScheduler running) {
        this.scheduler = running;
    }

    public void onDataChanged(Runnable listener) {
        dataListeners.add(listener);
    }

    /** Something was written: every screen that listens reloads. */
    public void dataChanged() {
        dataListeners.forEach(Runnable::run);
    }
}
