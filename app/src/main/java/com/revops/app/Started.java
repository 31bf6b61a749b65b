package com.revops.app;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link Service} around one object made on first use ({@link #get()} or {@link #start()}) and
 * released by {@link #stop()} when it was made. Thread-safe; made at most once.
 */
final class Started<T> implements Service, Supplier<T> {
    private final Supplier<T> maker;
    private final Consumer<T> releaser;
    private final Consumer<Service> onStart;
    private Optional<T> made = Optional.empty();

    /** {@code onStart}: told once, when the object is made (the app lists what it must stop). */
    Started(Supplier<T> maker, Consumer<T> releaser, Consumer<Service> onStart) {
        this.maker = maker;
        this.releaser = releaser;
        this.onStart = onStart;
    }

    @Override
    public synchronized T get() {
        if (made.isEmpty()) {
            made = Optional.of(maker.get());
            onStart.accept(this);
        }
        return made.get();
    }

    @Override
    public void start() {
        get();
    }

    @Override
    public synchronized void stop() {
        Optional<T> was = made;
        made = Optional.empty();
        was.ifPresent(releaser);
    }

    synchronized boolean isStarted() {
        return made.isPresent();
    }
}
