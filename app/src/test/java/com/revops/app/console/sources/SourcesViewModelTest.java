package com.revops.app.console.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.domain.attribution.AttributionDimension;
import com.revops.domain.attribution.AttributionRow;
import com.revops.domain.revenue.TopSources;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** The Sources & attribution ViewModel on {@link SourceHistory}; every number worked out by hand. */
class SourcesViewModelTest {
    private static Database db;
    @TempDir
    static Path home;
    private SourcesViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        SourceHistory.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void load() {
        model = new SourcesViewModel(SourceHistory.context(db, SourceHistory.environment(home)));
        model.refresh();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void platformsAndNichesAreRankedByDealRevenue() {
        // twitter 3500 + 2500; linkedin 4000 + 997; instagram a $97 payment
        assertThat(model.platforms()).extracting(r -> r.name() + " " + r.revenue().stripTrailingZeros().toPlainString() + " " + r.deals())
                .containsExactly("twitter 6000 2", "linkedin 4997 2", "instagram 97 0");
        // saas 3500 + 2500 + 997; agencies 4000; coaching 97
        assertThat(model.niches()).extracting(TopSources.Ranked::name).containsExactly("saas", "agencies", "coaching");
        assertThat(model.bestSourceProperty().get()).isEqualTo("twitter → saas");
        assertThat(model.bestSourceDetailProperty().get()).isEqualTo("$6,000 from 2 deals");
    }

    @Test
    void attributionByPlatformGivesCountsCpaAndRoas() {
        assertThat(model.dimensionProperty().get()).isEqualTo(AttributionDimension.PLATFORM);
        // by revenue: instagram $99, tiktok $89.98, youtube $0
        assertThat(model.attribution()).extracting(SourcesViewModel::value).containsExactly("instagram", "tiktok", "youtube");
        AttributionRow tiktok = model.attribution().get(1);
        assertThat(new long[] {tiktok.clicks(), tiktok.signups(), tiktok.trials(), tiktok.purchases()}).containsExactly(10, 4, 2, 2);
        // 10 × $1.50 = $15 over 2 purchases = $7.50; $89.98 ÷ $15 = 5.998…
        assertThat(tiktok.cost()).isEqualByComparingTo("15");
        assertThat(tiktok.cpa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("7.5"));
        assertThat(tiktok.roas().orElseThrow().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("5.9987");
        AttributionRow youtube = model.attribution().get(2);
        assertThat(youtube.cpa()).isEmpty();
        assertThat(youtube.roas()).hasValueSatisfying(v -> assertThat(v).isZero());
        assertThat(model.attribution().get(0).roas()).isEmpty();
        // all: 20 clicks, 6 signups, 3 trials, 3 purchases, $188.98, $25: CPA 25 ÷ 3, ROAS 188.98 ÷ 25 = 7.56
        assertThat(model.attributionTotalProperty().get()).isEqualTo(
                "All: 20 clicks → 6 signups → 3 trials → 3 purchases · $189 revenue · $25 cost · CPA $8.33 · ROAS 7.6×");
    }

    @Test
    void choosingADimensionShowsItsRowsWithoutAReload() {
        model.dimensionProperty().set(AttributionDimension.NICHE);
        // coaching $99 (nothing spent); saas = tiktok + youtube: 14 clicks, 2 purchases, $89.98, $25 cost
        assertThat(model.attribution()).extracting(SourcesViewModel::value).containsExactly("coaching", "saas");
        AttributionRow saas = model.attribution().get(1);
        assertThat(saas.clicks()).isEqualTo(14);
        assertThat(saas.cpa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12.5"));   // 25 ÷ 2
        assertThat(saas.roas()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.5992")); // 89.98 ÷ 25

        model.dimensionProperty().set(AttributionDimension.FRAMEWORK);
        // no event carries a framework: one row of all of them
        assertThat(model.attribution()).extracting(SourcesViewModel::value).containsExactly("(not set)");
        assertThat(model.attribution().get(0).purchases()).isEqualTo(3);
    }
}
