package com.revops.app.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Whole-process wall time of {@code ./revops} calls (SPEC §10: what the database part adds to a bare JVM
 * start): the launcher as the operator runs it, on the benchmark's data ({@code REVOPS_HOME}), attaching
 * to the server the benchmark keeps up.
 */
final class CliWall {
    private final Path launcher;
    private final Path home;

    CliWall(Path root, Path home) {
        this.launcher = root.resolve("revops");
        this.home = home;
    }

    /** Medians of {@code rounds} calls of each command, the commands alternated call by call so load affects each alike. */
    double[] medians(int rounds, List<List<String>> commands) throws IOException, InterruptedException {
        for (List<String> command : commands) {
            time(command); // the first call after a build makes the class-data archive (decision 0068): not timed
        }
        double[][] runs = new double[commands.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < commands.size(); c++) {
                runs[c][r] = time(commands.get(c));
            }
        }
        double[] medians = new double[commands.size()];
        for (int c = 0; c < commands.size(); c++) {
            Arrays.sort(runs[c]);
            medians[c] = runs[c][rounds / 2];
        }
        return medians;
    }

    /** One call's wall time in ms; a call that fails stops the benchmark (its time would measure nothing). */
    double time(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("REVOPS_HOME", home.toString());
        env.remove("REVOPS_DB_URL");
        long start = System.nanoTime();
        int code = builder.start().waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (code != 0) {
            throw new IllegalStateException("./revops " + String.join(" ", args) + " exited " + code);
        }
        return ms;
    }
}
