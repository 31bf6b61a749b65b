package com.revops.app.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the console needs from a Linux desktop before JavaFX is started: a display and the native
 * libraries JavaFX's GTK window toolkit and renderer link against. Without them JavaFX dies with a
 * stack trace ("Unable to load glass GTK library"); this check names what is missing and the one
 * command that installs it instead (docs/decisions/0040-first-run-on-linux.md). macOS and Windows
 * ship what JavaFX needs, so nothing is checked there.
 */
public final class DesktopRequirements {
    /** Library file → the Debian/Ubuntu package that provides it. */
    static final Map<String, String> LINUX_LIBRARIES = Map.of(
            "libgtk-3.so.0", "libgtk-3-0",
            "libGL.so.1", "libgl1",
            "libXtst.so.6", "libxtst6",
            "libXxf86vm.so.1", "libxxf86vm1");
    /** The install line, in a fixed order, so the README and the message say the same. */
    public static final String APT_LINE = "sudo apt-get install -y libgtk-3-0 libgl1 libxtst6 libxxf86vm1";

    private static final List<Path> LIBRARY_DIRS = List.of(
            Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/usr/lib/aarch64-linux-gnu"), Path.of("/lib/x86_64-linux-gnu"),
            Path.of("/lib/aarch64-linux-gnu"), Path.of("/usr/lib64"), Path.of("/lib64"), Path.of("/usr/lib"), Path.of("/lib"));

    private DesktopRequirements() {
    }

    /** What stops the console from starting on this machine, as a message for the operator; empty when nothing. */
    public static Optional<String> problem() {
        return problem(System.getProperty("os.name", ""), System.getenv(), DesktopRequirements::installed);
    }

    static Optional<String> problem(String osName, Map<String, String> environment, Predicate<String> libraryInstalled) {
        if (!osName.toLowerCase(java.util.Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        List<String> missing = LINUX_LIBRARIES.keySet().stream().filter(libraryInstalled.negate()).sorted().toList();
        if (!missing.isEmpty()) {
            return Optional.of("The console needs native libraries that are missing on this machine: " + String.join(", ", missing)
                    + ".\nInstall them with:\n    " + APT_LINE
                    + "\n(the command line works without them: ./revops --help)");
        }
        boolean display = !environment.getOrDefault("DISPLAY", "").isBlank() || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        if (!display) {
            return Optional.of("The console needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set.\n"
                    + "On a server without one run it under a virtual display:  xvfb-run -a ./revops\n"
                    + "(the command line works without a display: ./revops --help)");
        }
        return Optional.empty();
    }

    /** Whether the dynamic linker's usual folders hold the library. */
    static boolean installed(String library) {
        String extra = System.getenv("LD_LIBRARY_PATH");
        if (extra != null) {
            for (String dir : extra.split(":")) {
                if (!dir.isBlank() && Files.exists(Path.of(dir, library))) {
                    return true;
                }
            }
        }
        return LIBRARY_DIRS.stream().anyMatch(dir -> Files.exists(dir.resolve(library)));
    }
}
