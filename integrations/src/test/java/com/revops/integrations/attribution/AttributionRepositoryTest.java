package com.revops.integrations.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.attribution.AttributionDimension;
import com.revops.domain.attribution.AttributionRow;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.ReportingFixtures;
import com.revops.integrations.testing.TestDatabase;

/** Attribution by dimension on a hand-built set of events; every number worked out in the comments. */
class AttributionRepositoryTest {
    private static final Instant FROM = Instant.parse("2025-12-20T12:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-20T12:00:00Z");
    private static final Instant MAR_10 = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant MAR_15 = Instant.parse("2026-03-15T10:00:00Z");
    private Database db;
    private AttributionRepository attribution;

    /*
     * tiktok (utm meta, paid), niche saas, paywall control, 15 Mar: 4 clicks at $0.50, 2 signups, 1 trial,
     *     1 purchase of $99, and a churn (counted nowhere)
     * tiktok (utm meta), niche coaching, no paywall variant, 15 Mar: 1 click at $1.00
     * instagram (utm instagram, organic), niche saas, no paywall variant, 10 Mar: 3 clicks, 1 signup, 2 purchases of $49.50
     * outside the window (1 Dec): a tiktok purchase of $500
     * an email_click on platform email: no click, signup, trial, purchase or cost — no row
     */
    @BeforeEach
    void events() {
        db = TestDatabase.fresh();
        attribution = new AttributionRepository(db.jdbi());
        ReportingFixtures r = new ReportingFixtures(db);
        Map<String, String> paid = Map.of("platform", "tiktok", "utm_source", "meta", "niche", "saas", "paywall_variant", "control",
                "content_type", "video", "offer", "ai_automation");
        for (int i = 0; i < 4; i++) {
            r.attribution("click", paid, null, "0.50", MAR_15);
        }
        r.attribution("signup", paid, null, null, MAR_15);
        r.attribution("signup", paid, null, null, MAR_15);
        r.attribution("trial", paid, null, null, MAR_15);
        r.attribution("purchase", paid, "99.00", null, MAR_15);
        r.attribution("churn", paid, null, null, MAR_15);
        r.attribution("click", Map.of("platform", "tiktok", "utm_source", "meta", "niche", "coaching"), null, "1.00", MAR_15);
        Map<String, String> organic = Map.of("platform", "instagram", "utm_source", "instagram", "niche", "saas");
        for (int i = 0; i < 3; i++) {
            r.attribution("click", organic, null, null, MAR_10);
        }
        r.attribution("signup", organic, null, null, MAR_10);
        r.attribution("purchase", organic, "49.50", null, MAR_10);
        r.attribution("purchase", organic, "49.50", null, MAR_10);
        r.attribution("purchase", Map.of("platform", "tiktok"), "500.00", null, Instant.parse("2025-12-01T00:00:00Z"));
        r.attribution("email_click", Map.of("platform", "email"), null, null, MAR_10);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void countsEachFunnelEventAndSumsRevenueAndCostPerValue() {
        List<AttributionRow> platforms = attribution.summaries(FROM, TO).get(AttributionDimension.PLATFORM);

        // both earned $99; instagram first on more purchases. email has nothing to count.
        assertThat(platforms).extracting(r -> r.value().orElseThrow()).containsExactly("instagram", "tiktok");
        AttributionRow instagram = platforms.get(0);
        assertThat(List.of(instagram.clicks(), instagram.signups(), instagram.trials(), instagram.purchases())).containsExactly(3L, 1L, 0L, 2L);
        assertThat(instagram.revenue()).isEqualByComparingTo("99.00");
        assertThat(instagram.cost()).isEqualByComparingTo("0");
        assertThat(instagram.cpa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0")); // $0 ÷ 2
        assertThat(instagram.roas()).isEmpty();                                                          // nothing spent
        AttributionRow tiktok = platforms.get(1);
        // 4 + 1 clicks; 4 × 0.50 + 1.00 = $3 cost; the December purchase is outside the window, the churn counts nowhere
        assertThat(List.of(tiktok.clicks(), tiktok.signups(), tiktok.trials(), tiktok.purchases())).containsExactly(5L, 2L, 1L, 1L);
        assertThat(tiktok.revenue()).isEqualByComparingTo("99.00");
        assertThat(tiktok.cost()).isEqualByComparingTo("3.00");
        assertThat(tiktok.cpa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));   // 3 ÷ 1
        assertThat(tiktok.roas()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("33")); // 99 ÷ 3
    }

    @Test
    void everyDimensionIsSummarisedAndEventsWithoutAValueFormTheirOwnRow() {
        Map<AttributionDimension, List<AttributionRow>> all = attribution.summaries(FROM, TO);
        assertThat(all).containsOnlyKeys(AttributionDimension.values());

        // saas = tiktok's paid saas + instagram: 7 clicks, 3 signups, 1 trial, 3 purchases, $198, $2 cost
        AttributionRow saas = all.get(AttributionDimension.NICHE).get(0);
        assertThat(saas.value()).contains("saas");
        assertThat(List.of(saas.clicks(), saas.signups(), saas.trials(), saas.purchases())).containsExactly(7L, 3L, 1L, 3L);
        assertThat(saas.revenue()).isEqualByComparingTo("198");
        assertThat(saas.roas()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("99"));          // 198 ÷ 2
        assertThat(saas.cpa().orElseThrow().setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.6667"); // 2 ÷ 3
        AttributionRow coaching = all.get(AttributionDimension.NICHE).get(1);
        assertThat(coaching.value()).contains("coaching");
        assertThat(coaching.cpa()).isEmpty();
        assertThat(coaching.roas()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));

        // paywall: control (the paid saas events) and no variant (instagram's and the coaching click)
        List<AttributionRow> paywall = all.get(AttributionDimension.PAYWALL_VARIANT);
        assertThat(paywall).extracting(AttributionRow::value).containsExactly(Optional.empty(), Optional.of("control"));
        AttributionRow none = paywall.get(0);
        assertThat(List.of(none.clicks(), none.purchases())).containsExactly(4L, 2L);
        assertThat(none.cost()).isEqualByComparingTo("1.00");
        assertThat(none.cpa()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5")); // 1 ÷ 2
        assertThat(none.roas()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("99")); // 99 ÷ 1
    }

    @Test
    void theSummaryIsUpsertedPerDimensionValueAndValuesThatDisappearAreRemoved() {
        attribution.refreshSummary(FROM, TO);
        int rows = attribution.refreshSummary(FROM, TO);
        Fixtures f = new Fixtures(db);
        // again: upserted, not duplicated
        assertThat(f.count("SELECT count(*) FROM actp_attribution_summary")).isEqualTo(rows);
        assertThat(f.text("""
                SELECT clicks || '/' || purchases || '/' || revenue_usd || '/' || cpa_usd || '/' || roas FROM actp_attribution_summary
                 WHERE dimension = 'platform' AND dimension_value = 'tiktok'""")).isEqualTo("5/1/99.00/3.00/33.0000");
        assertThat(f.text("""
                SELECT coalesce(cpa_usd::text, 'null') || '/' || coalesce(roas::text, 'null') FROM actp_attribution_summary
                 WHERE dimension = 'platform' AND dimension_value = 'instagram'""")).isEqualTo("0.00/null");
        assertThat(f.count("SELECT count(*) FROM actp_attribution_summary WHERE dimension = 'paywall_variant' AND dimension_value IS NULL"))
                .isEqualTo(1);

        // from 12 March instagram's events (10 March) fall out of the window: its rows go, tiktok's stay
        attribution.refreshSummary(Instant.parse("2026-03-12T00:00:00Z"), TO);
        assertThat(f.texts("SELECT dimension_value FROM actp_attribution_summary WHERE dimension = 'platform'")).containsExactly("tiktok");
        assertThat(f.texts("SELECT dimension_value FROM actp_attribution_summary WHERE dimension = 'utm_source'")).containsExactly("meta");
        assertThat(f.text("SELECT purchases::text FROM actp_attribution_summary WHERE dimension = 'niche' AND dimension_value = 'saas'"))
                .isEqualTo("1");
    }

    @Test
    void nothingInTheWindowGivesEmptyLists() {
        Map<AttributionDimension, List<AttributionRow>> none = attribution.summaries(Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2020-02-01T00:00:00Z"));
        assertThat(none.values()).allSatisfy(list -> assertThat(list).isEmpty());
    }
}
