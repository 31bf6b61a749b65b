package com.revops.app.console.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.Formats;
import com.revops.domain.revenue.AutomationRoi;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** The Offers ViewModel on {@link OfferHistory}; every number worked out there by hand. */
class OffersViewModelTest {
    private static Database db;
    @TempDir
    static Path home;
    private OffersViewModel model;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        OfferHistory.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void load() {
        model = new OffersViewModel(OfferHistory.context(db, OfferHistory.environment(home)));
        model.refresh();
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void rowsAreOfferByPlatformByNicheRankedByRevenue() {
        assertThat(model.shownRows()).extracting(r -> r.offerTag() + "/" + r.platform() + "/" + OffersViewModel.niche(r))
                .containsExactly("ai_automation/twitter/saas", "ai_automation/linkedin/agencies", "personal_brand/instagram/coaching");
        OfferPerformance twitter = model.shownRows().get(0);
        assertThat(new long[] {twitter.impressions(), twitter.engagements(), twitter.dmStarts(), twitter.pipelineEntries(), twitter.deals()})
                .containsExactly(10_000, 500, 20, 4, 2);
        // $12 of credits shared 4 : 2 → $8; time 8 DMs × 3 min + 1 call × 45 min = 69 min at $100/h = $115; cost $123
        // ROI (7000 − 123) ÷ 123 = 55.91…; 2 deals of 4 entries
        assertThat(twitter.revenue()).isEqualByComparingTo("7000");
        assertThat(twitter.costs().aiCredits()).isEqualByComparingTo("8");
        assertThat(twitter.costs().operatorTime()).isEqualByComparingTo("115");
        assertThat(twitter.costs().outreachSent()).isEqualTo(8);
        assertThat(twitter.costs().callsBooked()).isEqualTo(1);
        assertThat(twitter.cost()).isEqualByComparingTo("123");
        assertThat(Formats.times(twitter.roi())).isEqualTo("55.9×");
        assertThat(Formats.percent(twitter.conversion())).isEqualTo("50.0%");
        OfferPerformance instagram = model.shownRows().get(2);
        // 997 + 97 (the churn is not revenue); nothing spent: ROI n/a; 1 deal of 5 entries
        assertThat(instagram.revenue()).isEqualByComparingTo("1094");
        assertThat(Formats.times(instagram.roi())).isEqualTo("n/a");
        assertThat(Formats.percent(instagram.conversion())).isEqualTo("20.0%");
    }

    @Test
    void perOfferSummaryAndAutomationRoi() {
        assertThat(model.offers()).extracting(OfferPerformance::offerTag).containsExactly("ai_automation", "personal_brand");
        OfferPerformance ai = model.offers().get(0);
        // revenue 7000 + 3000; cost $12 of credits + time $115 + $5 = $132; ROI (10000 − 132) ÷ 132 = 74.76…; 3 deals of 6 entries
        assertThat(ai.revenue()).isEqualByComparingTo("10000");
        assertThat(ai.cost()).isEqualByComparingTo("132");
        assertThat(Formats.times(ai.roi())).isEqualTo("74.8×");
        assertThat(Formats.percent(ai.conversion())).isEqualTo("50.0%");
        assertThat(model.topOfferProperty().get())
                .isEqualTo("Top offer: ai_automation — $10,000 from 3 deals · 74.8× ROI on $132 cost (ads $0, AI $12, time $120)");

        AutomationRoi dm = model.automations().get(0);
        // (10 h × $50 + $3,000) ÷ ($100 + $12 of dm_draft credits) = 3500 ÷ 112 = 31.25
        assertThat(dm.value()).isEqualByComparingTo("3500");
        assertThat(dm.cost()).isEqualByComparingTo("112");
        assertThat(dm.roi()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("31.25"));
    }

    @Test
    void filtersNarrowTheRowsAndClearBringsThemBack() {
        assertThat(model.offerChoices()).containsExactly(OffersViewModel.ALL_OFFERS, "ai_automation", "personal_brand");
        assertThat(model.platformChoices()).containsExactly(OffersViewModel.ALL_PLATFORMS, "instagram", "linkedin", "twitter");
        assertThat(model.shownCountProperty().get()).isEqualTo("3 rows");

        model.offerProperty().set("ai_automation");
        assertThat(model.shownRows()).extracting(OfferPerformance::platform).containsExactly("twitter", "linkedin");
        model.platformProperty().set("linkedin");
        assertThat(model.shownRows()).extracting(OfferPerformance::platform).containsExactly("linkedin");
        assertThat(model.shownCountProperty().get()).isEqualTo("1 of 3 rows");
        model.nicheProperty().set("coaching");
        assertThat(model.shownRows()).isEmpty();

        model.clearFilters();
        model.textProperty().set("INSTA coach");
        assertThat(model.shownRows()).extracting(OfferPerformance::offerTag).containsExactly("personal_brand");
        model.clearFilters();
        assertThat(model.shownRows()).hasSize(3);
    }

    @Test
    void aRefreshKeepsTheFilters() {
        model.platformProperty().set("twitter");
        model.refresh();
        assertThat(model.platformProperty().get()).isEqualTo("twitter");
        assertThat(model.shownRows()).extracting(OfferPerformance::platform).containsExactly("twitter");
    }
}
