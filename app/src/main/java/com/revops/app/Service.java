package com.revops.app;

/**
 * Something long-lived the app holds once: started when first needed (a CLI call starts only what it
 * uses) and stopped when the app closes, in the reverse order of starting.
 */
public interface Service {
    void start();

    void stop();
}
