package com.revops.app.console;

import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size and place between runs (kept on a visible screen). */
final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 680;

    private WindowPlacement() {
    }

    static void restore(Stage stage, Preferences prefs) {
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        // a remembered size below the minimum (a window closed while tiny) is not worth restoring
        double width = Math.min(Math.max(prefs.getDouble("width", DEFAULT_WIDTH), MIN_WIDTH), bounds.getWidth());
        double height = Math.min(Math.max(prefs.getDouble("height", DEFAULT_HEIGHT), MIN_HEIGHT), bounds.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.getHeight()));
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        boolean visible = !Double.isNaN(x) && Screen.getScreens().stream()
                .anyMatch(s -> s.getVisualBounds().intersects(x, y, Math.min(width, 200), Math.min(height, 100)));
        if (visible) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    static void save(Stage stage, Preferences prefs) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
        }
    }
}
