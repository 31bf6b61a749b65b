package com.revops.app.console;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The icons rendered in the {@code assets} module ({@code com/revops/assets/icons}): the app icon
 * for window title bars, task bars and the Linux dock, and the small UI icons of the navigation.
 * On macOS the Dock shows the bundle's {@code .icns} (jpackage/macos), not these.
 */
public final class AppIcons {
    /** Sizes of the app icon offered to the window manager, which picks the closest. */
    static final List<Integer> APP_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** The UI icons, by file name (assets/src/svg/ui). */
    static final List<String> UI_NAMES = List.of("dashboard", "pipeline", "forecast", "offers", "sources",
            "credits", "funnel", "outreach", "contacts", "log-deal", "experiments", "ads", "email", "jobs",
            "settings");
    private static final String BASE = "/com/revops/assets/icons/";

    private AppIcons() {
    }

    /** Sets the app icon on a window (call on the FX thread, before {@code show()}). */
    public static void applyTo(Stage stage) {
        for (int size : APP_SIZES) {
            appIconUrl(size).ifPresent(url -> stage.getIcons().add(new Image(url.toExternalForm())));
        }
    }

    /**
     * A UI icon: {@code name} one of {@link #UI_NAMES}, {@code size} 16 or 24, drawn with dark ink
     * for a light theme or light ink for a dark theme.
     */
    public static Optional<Image> uiIcon(String name, int size, boolean darkTheme) {
        return uiIconUrl(name, size, darkTheme).map(url -> new Image(url.toExternalForm()));
    }

    static Optional<URL> appIconUrl(int size) {
        return Optional.ofNullable(AppIcons.class.getResource(BASE + "app-" + size + ".png"));
    }

    static Optional<URL> uiIconUrl(String name, int size, boolean darkTheme) {
        String variant = darkTheme ? "on-dark" : "on-light";
        String file = name.toLowerCase(Locale.ROOT) + "-" + size + ".png";
        return Optional.ofNullable(AppIcons.class.getResource(BASE + "ui/" + variant + "/" + file));
    }
}
