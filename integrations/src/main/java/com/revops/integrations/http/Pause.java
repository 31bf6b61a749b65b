package com.revops.integrations.http;

import java.time.Duration;

/** Waiting, injectable so tests can record the waits instead of sleeping. */
@FunctionalInterface
public interface Pause {
    Pause REAL = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    };

    void pause(Duration duration);
}
