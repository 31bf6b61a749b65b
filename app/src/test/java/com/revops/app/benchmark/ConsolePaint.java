package com.revops.app.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's time to a painted dashboard (SPEC §10): {@code ./revops} under Xvfb on the benchmark's data,
 * read from the console's own log line "First screen loaded N ms after the window showed (M ms after launch)".
 * Empty when Xvfb is not installed or the line does not come within two minutes.
 */
final class ConsolePaint {
    private static final Pattern LOADED = Pattern.compile("First screen loaded (\\d+) ms after the window showed \\((\\d+) ms after launch\\)");

    private ConsolePaint() {
    }

    /** [window shown → dashboard painted, launch → dashboard painted] in ms. */
    static Optional<long[]> measure(Path root, Path home) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/xvfb-run"))) {
            return Optional.empty();
        }
        Path log = home.resolve("logs").resolve("revops.log");
        long before = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1440x900x24",
                root.resolve("revops").toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("REVOPS_HOME", home.toString());
        builder.environment().put("REVOPS_SCREEN", "DASHBOARD");
        builder.environment().put("REVOPS_KEYCHAIN", "off");
        Process console = builder.start();
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (System.nanoTime() < deadline && console.isAlive()) {
                if (Files.exists(log) && Files.size(log) > before) {
                    String added = Files.readString(log).substring((int) before);
                    Matcher m = LOADED.matcher(added);
                    if (m.find()) {
                        return Optional.of(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
                    }
                }
                Thread.sleep(250);
            }
            return Optional.empty();
        } finally {
            console.descendants().forEach(ProcessHandle::destroy); // SIGTERM: the console stops its scheduler and leaves the server
            console.destroy();
            console.waitFor();
            Thread.sleep(2000);
        }
    }
}
