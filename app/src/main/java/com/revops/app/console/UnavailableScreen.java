package com.revops.app.console;

import com.revops.app.console.ui.ScreenModel;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Shown for a screen this build does not have. */
public final class UnavailableScreen {
    private UnavailableScreen() {
    }

    public static Screen of(ScreenId id, ConsoleContext context) {
        Label label = new Label(id.title() + " is not available in this build.");
        VBox box = new VBox(label);
        box.setAlignment(Pos.CENTER);
        ScreenModel model = new ScreenModel(context.executor(), context.clock()) {
            @Override
            public void refresh() {
                // nothing to load
            }
        };
        return new SimpleScreen(id, model, box);
    }
}
