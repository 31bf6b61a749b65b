package com.revops.integrations.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.domain.brief.DailyBrief;
import com.revops.domain.brief.DailyBriefData;
import com.revops.domain.brief.WeeklyReport;
import com.revops.domain.brief.WeeklyReportData;
import com.revops.domain.revenue.MonthToDate;
import com.revops.domain.revenue.OfferPerformance;
import com.revops.domain.revenue.OfferPerformanceCalculator;
import com.revops.domain.revenue.TopSources;
import com.revops.domain.revenue.Unattributed;
import com.revops.integrations.brief.BriefComposer;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/**
 * SPEC §4 "Offer performance": every revenue view — month to date, offers, sources, the daily brief and
 * the weekly report — adds up to the same total, to the cent, over the same window. The history is
 * built so that the month (1–20 Mar) and the 90-day window (20 Dec – 20 Mar) hold the same events.
 */
class RevenueReconciliationTest {
    private static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");
    private static Database db;
    private static RevenueEngine engine;

    /*
     *  in the window:
     *    3 Mar  deal_won           3500.00  ai_automation   twitter   saas
     *    5 Mar  deal_won           1999.99  (no offer)      linkedin  coaching
     *    7 Mar  deal_won            997.00  personal_brand  —         —
     *   10 Mar  upsell              250.50  ai_automation   twitter   saas
     *   15 Mar  recurring_payment   297.25  (no offer)      —         —
     *   18 Mar  churn               297.25  ai_automation   twitter   saas      (reported apart, never revenue)
     *  outside: 1 Nov 2025 deal_won 5000 (before both windows), 21 Mar deal_won 800 (after as_of)
     *
     *  revenue = 3500 + 1999.99 + 997 + 250.50 + 297.25 = 7044.74; deals = 3 (deal_won only)
     *  offers:    ai_automation 3500 + 250.50 = 3750.50 · (no offer) 1999.99 + 297.25 = 2297.24 · personal_brand 997
     *             3750.50 + 2297.24 + 997 = 7044.74
     *  platforms: twitter 3750.50 · linkedin 1999.99 · (unknown platform) 997 + 297.25 = 1294.25 → 7044.74
     *  niches:    saas 3750.50 · coaching 1999.99 · (unknown niche) 1294.25 → 7044.74
     */
    @BeforeAll
    static void history() {
        db = TestDatabase.fresh();
        engine = new RevenueEngine(db, ZoneOffset.UTC);
        Fixtures f = new Fixtures(db);
        UUID a = f.contact("r-a", "closed_won", mar(3), Instant.parse("2026-02-01T00:00:00Z"), "ai_automation");
        UUID b = f.contact("r-b", "closed_won", mar(5), Instant.parse("2026-02-01T00:00:00Z"), null);
        UUID c = f.contact("r-c", "closed_won", mar(7), Instant.parse("2026-02-01T00:00:00Z"), "personal_brand");
        f.event(a, "deal_won", "3500.00", mar(3), "ai_automation", "twitter", "saas");
        f.event(b, "deal_won", "1999.99", mar(5), null, "linkedin", "coaching");
        f.event(c, "deal_won", "997.00", mar(7), "personal_brand", null, null);
        f.event(a, "upsell", "250.50", mar(10), "ai_automation", "twitter", "saas");
        f.event(b, "recurring_payment", "297.25", mar(15), null, null, null);
        f.event(a, "churn", "297.25", mar(18), "ai_automation", "twitter", "saas");
        f.event(c, "deal_won", "5000.00", Instant.parse("2025-11-01T10:00:00Z"), "personal_brand", "email", "coaching");
        f.event(c, "deal_won", "800.00", mar(21), "personal_brand", "email", "coaching");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Instant mar(int day) {
        return Instant.parse(String.format("2026-03-%02dT10:00:00Z", day));
    }

    @Test
    void monthToDateOffersAndSourcesAddUpToTheSameTotal() {
        MonthToDate mtd = engine.monthToDate(AS_OF);
        OfferPerformanceCalculator.Result offers = engine.offerPerformance(AS_OF);
        TopSources sources = engine.topSources(AS_OF);

        assertThat(mtd.revenue()).isEqualByComparingTo("7044.74");
        assertThat(mtd.dealsClosed()).isEqualTo(3);
        assertThat(mtd.churned()).isEqualByComparingTo("297.25");
        assertThat(offers.totalRevenue()).isEqualByComparingTo("7044.74");
        assertThat(sum(offers.rows())).isEqualByComparingTo("7044.74");
        assertThat(offers.totalDeals()).isEqualTo(3);
        assertThat(sources.totalRevenue()).isEqualByComparingTo("7044.74");
        assertThat(sources.niches().stream().map(TopSources.Ranked::revenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("7044.74");
        assertThat(sources.totalDeals()).isEqualTo(3);
    }

    @Test
    void revenueWithoutAnOfferOrPlatformIsARowOfItsOwnButNeverTheTopOfferOrBestSource() {
        OfferPerformanceCalculator.Result offers = engine.offerPerformance(AS_OF);
        OfferPerformance noOffer = offers.offers().stream().filter(o -> o.offerTag().equals(Unattributed.NO_OFFER)).findFirst().orElseThrow();
        assertThat(noOffer.revenue()).isEqualByComparingTo("2297.24");
        assertThat(noOffer.deals()).isEqualTo(1);
        assertThat(offers.topOffer().orElseThrow().offerTag()).isEqualTo("ai_automation");

        TopSources sources = engine.topSources(AS_OF);
        assertThat(sources.platforms()).extracting(TopSources.Ranked::name)
                .containsExactly("twitter", "linkedin", Unattributed.UNKNOWN_PLATFORM);
        assertThat(sources.platforms().get(2).revenue()).isEqualByComparingTo("1294.25");
        assertThat(sources.niches()).extracting(TopSources.Ranked::name).contains(Unattributed.UNKNOWN_NICHE);
        assertThat(sources.bestPair().orElseThrow().platform()).isEqualTo("twitter");
    }

    @Test
    void theBriefAndTheWeeklyReportQuoteTheSameTotal() {
        BriefComposer composer = new BriefComposer(db, ZoneOffset.UTC);
        DailyBriefData brief = composer.daily(AS_OF);
        WeeklyReportData weekly = composer.weekly(AS_OF);

        assertThat(brief.monthToDate().revenue()).isEqualByComparingTo("7044.74");
        assertThat(weekly.monthToDate().revenue()).isEqualByComparingTo("7044.74");
        assertThat(weekly.offers().totalRevenue()).isEqualByComparingTo("7044.74");
        assertThat(weekly.sources().totalRevenue()).isEqualByComparingTo("7044.74");

        // summaries are in whole dollars: $7,044.74 reads $7,045, $2,297.24 reads $2,297, the churn $297.25 reads $297
        assertThat(DailyBrief.render(brief)).contains("MTD Revenue: $7,045");
        String report = WeeklyReport.render(weekly, List.of("Keep going."), "");
        assertThat(report).contains("MTD Revenue: $7,045 · deals 3 · churn $297")
                .contains("<b>Top sources</b> (90 days, $7,045 from 3 deals)")
                .contains("<b>Offers</b> (90 days, $7,045 in all:")
                .contains("• (no offer): $2,297");
    }

    private static BigDecimal sum(List<OfferPerformance> rows) {
        return rows.stream().map(OfferPerformance::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
