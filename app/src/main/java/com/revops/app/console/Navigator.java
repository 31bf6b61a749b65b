package com.revops.app.console;

import java.util.Optional;

/** Moves the console to a screen, optionally focused on something (a contact's name, a stage). */
@FunctionalInterface
public interface Navigator {
    void show(ScreenId screen, Optional<String> focus);

    default void show(ScreenId screen) {
        show(screen, Optional.empty());
    }
}
