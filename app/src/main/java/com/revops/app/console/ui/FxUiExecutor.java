package com.revops.app.console.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javafx.application.Platform;

/** Background work on a small pool of daemon threads; results back on the FX thread. */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {
    private final AtomicInteger counter = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "revops-worker-" + counter.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> CompletableFuture<T> background(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, pool);
    }

    @Override
    public void ui(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
