package com.revops.app.console;

import java.net.URL;

/** The console's own stylesheet (assets module), on top of the AtlantaFX Primer theme. */
public final class Theme {
    private Theme() {
    }

    public static String stylesheet() {
        URL url = Theme.class.getResource("/com/revops/assets/theme.css");
        if (url == null) {
            throw new IllegalStateException("theme.css missing from the assets module");
        }
        return url.toExternalForm();
    }
}
