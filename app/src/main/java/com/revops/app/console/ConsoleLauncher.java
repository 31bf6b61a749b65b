package com.revops.app.console;

import com.revops.integrations.config.RevopsEnvironment;

import javafx.application.Application;

/** Starts the JavaFX console (SPEC §6). */
public final class ConsoleLauncher {
    private static RevopsEnvironment environment;

    private ConsoleLauncher() {
    }

    public static void launch(RevopsEnvironment env) {
        environment = env;
        Application.launch(ConsoleApp.class);
    }

    static RevopsEnvironment environment() {
        return environment == null ? RevopsEnvironment.system() : environment;
    }
}
