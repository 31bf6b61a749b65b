package com.revops.app.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One definition per figure: the console's tooltips (glossary.properties in the assets) and the human glossary
 * (docs/metrics.md) hold the same entries, and every key the screens name exists.
 */
class GlossaryTest {
    private static final Path DOC = Path.of("..", "docs", "metrics.md");
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (.*?) \\| (.*?) \\| (.*?) \\| (.*?) \\|$");
    private static final Pattern USE = Pattern.compile("Glossary\\.explain\\([^;]*?\"([a-zA-Z]+\\.[a-zA-Z0-9]+)\"\\)", Pattern.DOTALL);

    @Test
    void docsMetricsMdSaysWordForWordWhatThePopoversSay() throws IOException {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DOC)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1), List.of(m.group(2), m.group(3).replace("&#124;", "|"), m.group(4), m.group(5)));
            }
        }
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(Glossary.keys());
        for (String key : Glossary.keys()) {
            Glossary.Entry e = Glossary.entry(key).orElseThrow();
            assertThat(List.of(e.name(), e.counts(), e.window(), e.source())).as(key).allSatisfy(v -> assertThat(v).isNotBlank())
                    .isEqualTo(documented.get(key));
        }
    }

    @Test
    void everyKeyAScreenNamesIsInTheGlossaryAndItsTextSaysWhatWhenAndWhere() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(Glossary.keys()).containsAll(used);
        assertThat(Glossary.entry("offer.roi").orElseThrow().text())
                .isEqualTo("ROI: (Revenue − cost) ÷ cost; −1.0× means nothing came back; n/a at zero cost.\n"
                        + "Window: the last 90 days\nSource: as Revenue and Cost");
    }

    @Test
    void winRateAndPCloseAreTwoNamedFiguresEachSayingItIsNotTheOther() {
        assertThat(Glossary.entry("velocity.winRate").orElseThrow().counts()).startsWith("Won ÷ (won + lost)")
                .contains("Not the forecast's P(close)");
        assertThat(Glossary.entry("forecast.pClose").orElseThrow().counts()).contains("Not the win rate");
    }
}
