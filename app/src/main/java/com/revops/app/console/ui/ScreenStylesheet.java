package com.revops.app.console.ui;

import java.net.URL;

/**
 * A stylesheet of the assets module that only some screens add to their root, on top of the theme
 * (keeps the screens' own rules out of the shared {@code theme.css}).
 */
public final class ScreenStylesheet {
    private ScreenStylesheet() {
    }

    /** The URL of {@code /com/revops/assets/<name>.css}. */
    public static String of(String name) {
        URL url = ScreenStylesheet.class.getResource("/com/revops/assets/" + name + ".css");
        if (url == null) {
            throw new IllegalStateException(name + ".css missing from the assets module");
        }
        return url.toExternalForm();
    }
}
