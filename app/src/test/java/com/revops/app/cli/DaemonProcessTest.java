package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./revops --daemon} as cron or systemd runs it: a process of its own on the embedded database,
 * which lists the SPEC §8 jobs, and on SIGTERM stops the scheduler and the PostgreSQL it started.
 */
class DaemonProcessTest {
    private static final String READY = "Stop with Ctrl+C or SIGTERM.";

    @TempDir
    Path home;

    @Test
    void runsTheSchedulerUntilSigtermThenStopsItsDatabase() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "com.revops.app.Main", "--daemon").redirectErrorStream(true);
        builder.environment().put("REVOPS_HOME", home.toString());
        builder.environment().put("REVOPS_KEYCHAIN", "off");
        builder.environment().put("REVOPS_TZ", "UTC");
        builder.environment().put("REVOPS_EMBEDDED_PORT", "0"); // any free port
        builder.environment().remove("REVOPS_DB_URL");
        Process daemon = builder.start();
        try {
            List<String> lines = new ArrayList<>();
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> readUntilReady(daemon, lines));
            assertThat(ready.get(120, TimeUnit.SECONDS)).as("daemon output: %s", lines).isTrue();
            assertThat(String.join("\n", lines))
                    .contains("RevOps scheduler running as").contains("times in UTC")
                    .contains("Daily brief").contains("Pipeline snapshot").contains("Weekly report")
                    .contains("Alert check").contains("Offer performance").contains("Funnel snapshot");
            assertThat(Files.exists(home.resolve("postgres/data/postmaster.pid"))).isTrue();

            daemon.destroy(); // SIGTERM
            assertThat(daemon.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s of SIGTERM").isTrue();
            // the shutdown hook stopped the PostgreSQL this daemon started
            assertThat(home.resolve("postgres/data/postmaster.pid")).doesNotExist();
        } finally {
            daemon.destroyForcibly();
            stopLeftoverServer(home.resolve("postgres/data/postmaster.pid"));
        }
    }

    /** When the test failed, the server may outlive the daemon: stop it, not to leave it running on the machine. */
    private static void stopLeftoverServer(Path pidFile) throws IOException {
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
    }

    private static boolean readUntilReady(Process process, List<String> lines) {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
                if (line.contains(READY)) {
                    // keep draining in the background so the daemon never blocks on a full pipe
                    Thread drain = new Thread(() -> drain(out), "daemon-output");
                    drain.setDaemon(true);
                    drain.start();
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void drain(BufferedReader out) {
        try (out) {
            while (out.readLine() != null) {
                // discard
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
