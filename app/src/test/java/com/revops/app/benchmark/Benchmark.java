package com.revops.app.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.revops.integrations.alerts.AlertCheck;
import com.revops.integrations.config.DatabaseSettings;
import com.revops.integrations.db.Database;
import com.revops.integrations.revenue.RevenueEngine;

/**
 * SPEC §10 benchmark (benchmark/run.sh; not a test, never run by the suite): generates the dataset for
 * {@code --contacts N} in an embedded PostgreSQL, then reports for each computation its warm time (median of
 * five in this JVM), its cold time (the whole {@code ./revops … --json} process) and its honest floor
 * ({@link Floors}: plain SQL returning the same numbers, checked equal), the dashboard's refresh, and
 * {@code ./revops --pipeline --json} against {@code ./revops --help}. {@code --json FILE} writes the figures.
 * Exits 1 when a floor's numbers differ from the app's.
 */
public final class Benchmark {
    private static final String AS_OF = "2026-03-02T07:30:00Z";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(args);
        Path root = Path.of(System.getProperty("revops.root", "."));
        Path home = a.dataDir().orElse(root.resolve("target").resolve("benchmark-" + a.contacts()));
        Files.createDirectories(home);
        System.out.println("RevOps benchmark — " + a.contacts() + " contacts, data in " + home);
        Map<String, Object> report = new LinkedHashMap<>();
        boolean agreed = true;
        try (Database db = Database.open(DatabaseSettings.embedded(home.resolve("postgres"), 0))) {
            long have = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM crm_contacts").mapTo(Long.class).one());
            if (have == 0) {
                System.out.println("Generating the SPEC §10 dataset…");
                BenchmarkData.generate(db, AS_OF, a.contacts());
            } else if (have != a.contacts()) {
                throw new IllegalStateException(home + " holds " + have + " contacts, not " + a.contacts() + "; give another folder");
            }
            Instant asOf = Instant.parse(AS_OF);
            RevenueEngine engine = new RevenueEngine(db, ZoneOffset.UTC);
            CliWall cli = new CliWall(root, home);
            Map<String, Supplier<Object>> computations = new LinkedHashMap<>();
            computations.put("--pipeline", () -> engine.pipeline(asOf));
            computations.put("--forecast", () -> engine.forecast(asOf));
            computations.put("--conversion-rates", () -> engine.conversionRates(asOf));
            computations.put("--velocity", () -> engine.velocity(asOf));
            computations.put("time in stage", () -> engine.timeInStage(asOf));
            computations.put("forecast spell table", () -> engine.spellTable(asOf));
            computations.put("--mtd", () -> engine.monthToDate(asOf));
            computations.put("--offer-performance", () -> engine.offerPerformance(asOf));
            computations.put("--top-sources", () -> engine.topSources(asOf));
            computations.put("--alert-check", () -> new AlertCheck(db, ZoneOffset.UTC).evaluate(asOf));
            Supplier<Object> dashboard = () -> {
                RevenueEngine.Overview o = engine.overview(asOf);
                engine.offerPerformance(asOf);
                engine.topSources(asOf);
                return new AlertCheck(db, ZoneOffset.UTC).evaluate(asOf, o);
            };
            cli.time(List.of("--mtd", "--json")); // the first call after a build makes the class-data archive (decision 0068)
            Map<String, List<String>> floors = Floors.queries();
            List<Map<String, Object>> figures = new ArrayList<>();
            System.out.printf("%n%-20s %10s %10s %10s %8s  %s%n", "computation", "cold ms", "warm ms", "floor ms", "ratio", "floor = app?");
            for (Map.Entry<String, Supplier<Object>> c : computations.entrySet()) {
                String name = c.getKey();
                Double cold = name.startsWith("--") && !"--alert-check".equals(name)
                        ? cli.time(List.of(name, "--as-of", AS_OF, "--json")) : null;
                double warm = median(c.getValue());
                Double floor = null;
                String checked = "no floor yet";
                if (floors.containsKey(name)) {
                    floor = 0.0;
                    for (String sql : floors.get(name)) {
                        floor += median(() -> Floors.run(db, sql, asOf));
                    }
                    List<String> differences = Floors.check(name, db, engine, asOf);
                    checked = differences.isEmpty() ? "equal" : "DIFFERENT: " + String.join("; ", differences);
                    agreed &= differences.isEmpty();
                }
                Double ratio = floor == null ? null : Math.round(warm / floor * 100) / 100.0;
                System.out.printf("%-20s %10s %10.0f %10s %8s  %s%n", name, cold == null ? "—" : String.format("%.0f", cold), warm,
                        floor == null ? "—" : String.format("%.0f", floor), ratio == null ? "—" : ratio + "×", checked);
                Map<String, Object> figure = new LinkedHashMap<>();
                figure.put("name", name);
                figure.put("warm_ms", round(warm));
                figure.put("cold_ms", cold == null ? null : round(cold));
                figure.put("floor_ms", floor == null ? null : round(floor));
                figure.put("ratio", ratio);
                figure.put("floor_check", checked);
                figures.add(figure);
            }
            double refresh = median(dashboard);
            double[] walls = cli.medians(5, List.of(List.of("--pipeline", "--json"), List.of("--help")));
            System.out.printf("%ndashboard refresh (all tiles), warm: %.0f ms%n", refresh);
            System.out.printf("./revops --pipeline --json %.0f ms, ./revops --help %.0f ms, whole process, median of 5: %.2f×%n",
                    walls[0], walls[1], walls[0] / walls[1]);
            long rss = peakRssMb();
            System.out.printf("peak RSS of this JVM: %d MB%n", rss);
            report.put("contacts", a.contacts());
            report.put("figures", figures);
            report.put("dashboard_refresh_ms", round(refresh));
            report.put("cli_pipeline_wall_ms", round(walls[0]));
            report.put("cli_help_wall_ms", round(walls[1]));
            java.util.Optional<long[]> paint = a.console() ? ConsolePaint.measure(root, home) : java.util.Optional.empty();
            paint.ifPresent(p -> System.out.printf("console: dashboard painted %d ms after the window showed, %d ms after launch%n",
                    p[0], p[1]));
            report.put("console_paint_ms", paint.map(p -> p[1]).orElse(null));
            report.put("console_paint_after_window_ms", paint.map(p -> p[0]).orElse(null));
            report.put("rss_mb", rss);
            report.put("as_of", AS_OF);
            CommitCost.report(db);
        }
        if (a.json().isPresent()) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(a.json().get().toFile(), report);
            System.out.println("Figures written to " + a.json().get());
        }
        if (!agreed) {
            System.err.println("A floor returned other numbers than the app: see 'DIFFERENT' above.");
            System.exit(1);
        }
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }

    /** VmHWM of /proc/self/status (Linux), else the heap in use. */
    private static long peakRssMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (Files.exists(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    private static double time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(Supplier<?> work) {
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = time(work);
        }
        java.util.Arrays.sort(runs);
        return runs[2];
    }

    /** {@code --contacts N} (default 100,000), {@code --json FILE}, {@code --no-console}, and an optional data folder. */
    record Arguments(int contacts, java.util.Optional<Path> json, java.util.Optional<Path> dataDir, boolean console) {
        static Arguments parse(String[] args) {
            int contacts = 100_000;
            boolean console = true;
            java.util.Optional<Path> json = java.util.Optional.empty();
            java.util.Optional<Path> dir = java.util.Optional.empty();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--contacts" -> contacts = Integer.parseInt(args[++i]);
                    case "--json" -> json = java.util.Optional.of(Path.of(args[++i]).toAbsolutePath());
                    case "--no-console" -> console = false;
                    default -> dir = java.util.Optional.of(Path.of(args[i]).toAbsolutePath());
                }
            }
            if (contacts < 1) {
                throw new IllegalArgumentException("--contacts: must be at least 1");
            }
            return new Arguments(contacts, json, dir, console);
        }
    }
}
