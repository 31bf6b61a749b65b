package com.revops.app.console;

import com.revops.app.console.ui.ScreenModel;

import javafx.scene.Node;

/** One screen of the console: its view (built once) and its ViewModel. */
public interface Screen {
    ScreenId id();

    Node view();

    ScreenModel model();

    /** Called when the screen is shown; reloads its data. */
    default void activate() {
        model().refresh();
    }

    /** Called when another screen is shown. */
    default void deactivate() {
    }
}
