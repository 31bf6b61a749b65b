package com.revops.app.console;

/** The console's own stylesheet (assets module), on top of the AtlantaFX Primer theme. */
public final class Theme {
    private Theme() {
    }

    public static String stylesheet() {
        return com.revops.app.console.ui.ScreenStylesheet.of("theme");
    }
}
