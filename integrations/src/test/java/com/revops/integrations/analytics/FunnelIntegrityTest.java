package com.revops.integrations.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.revops.domain.attribution.AttributionDimension;
import com.revops.domain.attribution.AttributionRow;
import com.revops.integrations.analytics.RevenueCatClient.SubscriptionOverview;
import com.revops.integrations.attribution.AttributionRepository;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.funnel.FunnelRepository;
import com.revops.integrations.funnel.FunnelRepository.FunnelReading;
import com.revops.integrations.testing.TestDatabase;

/**
 * SPEC §4 "Funnel phase" on a hand-built month (UTC): paying users come from RevenueCat, paid conversions of a
 * window are the snapshots' recorded purchases, purchases in attribution are the purchase events — and they agree.
 * A day RevenueCat did not answer keeps the last values it gave, marked unavailable since that day.
 */
class FunnelIntegrityTest {
    private static final Configured<PostHogClient> NO_POSTHOG = Configured.missing("REVOPS_POSTHOG_API_KEY");
    private static Database db;

    /*
     *  1–30 Mar: u1…u5 each click, sign up, start a trial and buy, on 3, 5, 10, 12 and 20 Mar; u2 cancels on 25 Mar.
     *  30 Mar: RevenueCat answers 4 active subscriptions (u1, u3, u4, u5), MRR 4 × 14.99 = 59.96. Other days: not configured.
     *  31 Mar, 1 Apr: RevenueCat not configured.
     *
     *  paying users 30 Mar: 5 buyers − 1 cancelled = 4 = RevenueCat's 4
     *  paid in the 30 days to 30 Mar: Σ daily purchases = 1 + 1 + 1 + 1 + 1 = 5 = purchase events 1–30 Mar = 5
     *  trial → paid over the window: 5 ÷ 5 = 100%
     */
    @BeforeAll
    static void month() {
        db = TestDatabase.fresh();
        int[] days = {3, 5, 10, 12, 20};
        for (int i = 0; i < days.length; i++) {
            String user = "u" + (i + 1);
            Instant at = Instant.parse(String.format("2026-03-%02dT09:00:00Z", days[i]));
            for (String type : new String[] {"click", "signup", "trial", "purchase"}) {
                event(type, user, at, "purchase".equals(type) ? "14.99" : null);
                at = at.plusSeconds(600);
            }
        }
        event("churn", "u2", Instant.parse("2026-03-25T09:00:00Z"), null);
        Configured<RevenueCatClient> noRevenueCat = Configured.missing("REVOPS_REVENUECAT_API_KEY");
        FunnelSnapshotService service = new FunnelSnapshotService(db, ZoneOffset.UTC, noRevenueCat, NO_POSTHOG);
        for (LocalDate day = LocalDate.of(2026, 3, 1); !day.isAfter(LocalDate.of(2026, 4, 1)); day = day.plusDays(1)) {
            Optional<SubscriptionOverview> revenueCat = day.equals(LocalDate.of(2026, 3, 30))
                    ? Optional.of(new SubscriptionOverview(4, new BigDecimal("59.96"), Optional.empty(), Optional.empty()))
                    : Optional.empty();
            service.write(day, revenueCat, Optional.empty());
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void payingUsersPaidConversionsAndAttributionPurchasesAgree() {
        FunnelReading reading = new FunnelRepository(db.jdbi()).latest(LocalDate.of(2026, 3, 30)).orElseThrow();
        assertThat(reading.status().payingUsers()).isEqualTo(4);
        assertThat(reading.status().mrr()).isEqualByComparingTo("59.96");
        assertThat(reading.unavailableSince()).isEmpty();
        assertThat(reading.counts().trials()).isEqualTo(5);
        assertThat(reading.counts().purchases()).isEqualTo(5);

        List<AttributionRow> platforms = new AttributionRepository(db.jdbi())
                .summaries(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-30T23:59:59Z")).get(AttributionDimension.PLATFORM);
        long purchases = platforms.stream().mapToLong(AttributionRow::purchases).sum();
        assertThat(purchases).isEqualTo(reading.counts().purchases()).isEqualTo(5);
        long cancelled = count("SELECT count(*) FROM actp_attribution_events WHERE event_type = 'churn'");
        assertThat(purchases - cancelled).isEqualTo(reading.status().payingUsers());
    }

    @Test
    void daysWithoutRevenueCatKeepItsLastValuesMarkedUnavailableAndInventNone() {
        assertThat(count("SELECT count(*) FROM actp_funnel_snapshots WHERE paying_users IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM actp_funnel_snapshots WHERE mrr_usd IS NOT NULL OR phase IS NOT NULL")).isEqualTo(1);
        FunnelReading later = new FunnelRepository(db.jdbi()).latest(LocalDate.of(2026, 4, 1)).orElseThrow();
        assertThat(later.snapshotDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(later.status().payingUsers()).isEqualTo(4);
        assertThat(later.unavailableSince()).contains(LocalDate.of(2026, 3, 31));
        // the chart has only the day RevenueCat measured, no zeros for the others
        assertThat(new FunnelRepository(db.jdbi()).history(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
                .extracting(FunnelRepository.DayPoint::payingUsers).containsExactly(4L);
    }

    private static long count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    private static void event(String type, String user, Instant at, String revenue) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_attribution_events (event_type, user_id, platform, revenue_usd, created_at)
                        VALUES (:type, :user, 'tiktok', :revenue, :at)""")
                .bind("type", type).bind("user", user).bind("revenue", revenue == null ? null : new BigDecimal(revenue))
                .bind("at", SqlTime.bind(at)).execute());
    }
}
