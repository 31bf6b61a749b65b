package com.revops.app.console;

import java.io.InputStream;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon for the window and the task bar (rendered PNGs in the assets module). */
public final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppIcons() {
    }

    public static void apply(Stage stage) {
        for (int size : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream("/com/revops/assets/icons/app-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }
}
