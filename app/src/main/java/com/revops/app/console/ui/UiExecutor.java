package com.revops.app.console.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one way screens do work off the FX thread and come back to it (STYLE.md): {@link #background}
 * for I/O and computation, {@link #ui} for touching properties the scene is bound to. Tests inject
 * {@link #direct()}, which runs both on the calling thread, so asynchronous code is deterministic.
 */
public interface UiExecutor {
    <T> CompletableFuture<T> background(Supplier<T> work);

    void ui(Runnable action);

    static UiExecutor direct() {
        return new UiExecutor() {
            @Override
            public <T> CompletableFuture<T> background(Supplier<T> work) {
                try {
                    return CompletableFuture.completedFuture(work.get());
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }

            @Override
            public void ui(Runnable action) {
                action.run();
            }
        };
    }
}
