package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.revops.domain.forecast.SpellCell;
import com.revops.domain.revenue.ConversionCohort;
import com.revops.domain.revenue.StageDurations;
import com.revops.integrations.db.Database;
import com.revops.integrations.readmodel.ReadModel;
import com.revops.integrations.readmodel.ReadModelCheck;
import com.revops.integrations.revenue.synthetic.SyntheticHistory;
import com.revops.integrations.revenue.synthetic.SyntheticProcess;
import com.revops.integrations.testing.TestDatabase;

/**
 * The read model and the raw rows give identical numbers — the spell table of the hazard model, the conversion
 * cohorts and time in stage — on generated histories (skips, moves to lost, silent contacts), one per seed; and a
 * past as_of is not answered from the read model.
 */
class ReadModelPathsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T07:30:00Z");

    /** The baseline process with fewer leads a day (a few thousand contacts, not ten thousand). */
    private static SyntheticProcess process(long seed) {
        SyntheticProcess b = SyntheticProcess.baseline(seed);
        return new SyntheticProcess(seed, 200, 8, b.leadGrowthPerDay(), b.startShares(), b.advancePerDay(), b.lostPerDay(),
                b.silentPerDay(), b.skipShare(), b.warmthShape(), b.discountShare(), b.discount(), b.customShare(), b.retainerShare(),
                b.monthlyChurn());
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 4242, 97})
    void bothPathsGiveTheSameNumbers(long seed) {
        try (Database db = TestDatabase.fresh()) {
            SyntheticHistory.Summary summary = SyntheticHistory.write(db, process(seed), NOW);
            assertThat(summary.transitions()).isGreaterThan(500);
            Instant asOf = NOW.plus(Duration.ofHours(5));

            db.jdbi().useHandle(h -> {
                assertThat(ReadModel.covers(h, asOf)).isTrue();
                ForecastRepository r = new ForecastRepository(h);
                List<SpellCell> fromHistory = sortedCells(r.spellCellsFromHistory(asOf));
                assertThat(fromHistory).hasSizeGreaterThan(50);
                assertThat(sortedCells(r.spellCellsFromReadModel(asOf))).containsExactlyElementsOf(fromHistory);

                List<ConversionCohort> cohorts = RevenueRepository.cohortsFromHistory(h, asOf).stream()
                        .sorted(Comparator.comparing(ConversionCohort::toString)).toList();
                assertThat(RevenueRepository.cohortsFromReadModel(h).stream().sorted(Comparator.comparing(ConversionCohort::toString)))
                        .containsExactlyElementsOf(cohorts);

                List<StageDurations> durations = RevenueRepository.durationsFromHistory(h, asOf).stream()
                        .sorted(Comparator.comparing(StageDurations::stage)).toList();
                assertThat(RevenueRepository.durationsFromReadModel(h).stream().sorted(Comparator.comparing(StageDurations::stage)))
                        .containsExactlyElementsOf(durations);

                // a month ago the history had transitions still to come: the raw rows answer
                assertThat(ReadModel.covers(h, NOW.minus(Duration.ofDays(30)))).isFalse();
            });
            assertThat(new ReadModelCheck(db.jdbi()).verify().differences()).isEmpty();
        }
    }

    private static List<SpellCell> sortedCells(List<SpellCell> cells) {
        return cells.stream().sorted(Comparator.comparing((SpellCell c) -> c.stage()).thenComparing(SpellCell::bin)
                .thenComparing(c -> c.outcome().map(Enum::name).orElse(""))).toList();
    }
}
