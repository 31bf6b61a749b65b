package com.revops.integrations.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.funnel.FunnelPhase;
import com.revops.domain.funnel.FunnelStep;
import com.revops.integrations.analytics.FunnelSnapshotService.SourceUse;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockWebServer;

class FunnelSnapshotServiceTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private MockWebServer server;
    private Database db;
    private Configured<RevenueCatClient> revenueCat;
    private Configured<PostHogClient> postHog;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        db = TestDatabase.fresh();
        String base = server.url("/").toString();
        revenueCat = Configured.of(new RevenueCatClient(HttpClients.shared(), new RevenueCatSettings(base, "sk_rc", "proj1")));
        postHog = Configured.of(new PostHogClient(HttpClients.shared(), new PostHogSettings(base, "phx_key", "24816",
                PostHogSettings.DEFAULT_FUNNEL_EVENTS, PostHogSettings.DEFAULT_BREAKDOWN)));
        // 12,000 impressions published during the local day; the posts just before and after it do not count
        content("post_a", 8_000, local(DAY, 9, 30));
        content("post_b", 4_000, local(DAY, 23, 59));
        content("post_before", 5_000, local(DAY.minusDays(1), 23, 59));
        content("post_after", 7_000, local(DAY.plusDays(1), 0, 0));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        db.close();
    }

    @Test
    void writesTheDayFromRevenueCatAndPostHogWithHandWorkedRates() {
        server.enqueue(Payloads.json(Payloads.revenueCatOverview(47, "734.51")));
        server.enqueue(Payloads.json(Payloads.postHogFunnel()));
        events("click", 9, local(DAY, 12, 0)); // the app's own clicks are not used when PostHog answers

        FunnelSnapshotService.Result result = new FunnelSnapshotService(db, ZONE, revenueCat, postHog).take(DAY);

        Map<String, Object> row = snapshot(DAY);
        assertThat(row.get("paying_users")).isEqualTo(47);
        assertThat((BigDecimal) row.get("mrr_usd")).isEqualByComparingTo("734.51");
        assertThat(row.get("phase")).isEqualTo(1);
        assertThat(row.get("impressions")).isEqualTo(12_000);
        assertThat(row.get("clicks")).isEqualTo(420);
        assertThat(row.get("signups")).isEqualTo(63);
        assertThat(row.get("trials")).isEqualTo(25);
        assertThat((BigDecimal) row.get("impression_to_click")).isEqualByComparingTo("0.0350"); // 420 / 12,000
        assertThat((BigDecimal) row.get("click_to_signup")).isEqualByComparingTo("0.1500");     // 63 / 420
        assertThat((BigDecimal) row.get("signup_to_trial")).isEqualByComparingTo("0.3968");     // 25 / 63 = 0.39682…
        assertThat((BigDecimal) row.get("trial_to_paid")).isEqualByComparingTo("0.1600");       // 4 / 25
        assertThat(row.get("month1_retention")).isNull();
        assertThat(FunnelStep.IMPRESSION_TO_CLICK.judge(new BigDecimal("0.0350"))).isEqualTo(FunnelStep.Verdict.WITHIN);

        assertThat(result.snapshot().counts().purchases()).isEqualTo(4);
        assertThat(result.used()).extracting(SourceUse::source).containsExactly("RevenueCat", "PostHog", "App tables");
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void thePhaseChangesWhenPayingUsersReachFifty() {
        server.enqueue(Payloads.json(Payloads.revenueCatOverview(49, "734.51")));
        server.enqueue(Payloads.json(Payloads.revenueCatOverview(50, "749.50")));
        FunnelSnapshotService service = new FunnelSnapshotService(db, ZONE, revenueCat, Configured.missing("REVOPS_POSTHOG_API_KEY"));

        assertThat(service.take(DAY).snapshot().phase()).contains(FunnelPhase.ORGANIC);
        assertThat(service.take(DAY.plusDays(1)).snapshot().phase()).contains(FunnelPhase.MICRO_BUDGET);

        assertThat(snapshot(DAY).get("phase")).isEqualTo(1);
        assertThat(snapshot(DAY).get("paying_users")).isEqualTo(49);
        assertThat(snapshot(DAY.plusDays(1)).get("phase")).isEqualTo(2);
        assertThat(snapshot(DAY.plusDays(1)).get("paying_users")).isEqualTo(50);
    }

    @Test
    void withNothingConfiguredItCountsFromTheAppsTablesAndWritesNoPayingUsersOfItsOwn() {
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO actp_funnel_snapshots (snapshot_date, paying_users, mrr_usd, phase)
                VALUES ('2026-02-26', 41, 614.59, 1), ('2026-02-27', 44, 659.56, 1)"""));
        events("click", 420, local(DAY, 10, 0));
        events("signup", 63, local(DAY, 11, 0));
        events("trial", 25, local(DAY, 12, 0));
        events("purchase", 4, local(DAY, 13, 0));
        events("click", 50, local(DAY.plusDays(1), 0, 5)); // the next local day
        // month-1 cohort: five buyers whose first purchase was 30–60 days before the day's end; one churned within a month
        Instant end = DAY.plusDays(1).atStartOfDay(ZONE).toInstant();
        for (int buyer = 1; buyer <= 5; buyer++) {
            Instant bought = end.minus(java.time.Duration.ofDays(40 + buyer));
            event("purchase", "user_" + buyer, bought);
            if (buyer == 3) {
                event("churn", "user_" + buyer, bought.plus(java.time.Duration.ofDays(20)));
            }
        }
        event("purchase", "user_recent", end.minus(java.time.Duration.ofDays(10))); // not a month old yet

        Configured<RevenueCatClient> noRevenueCat = RevenueCatSettings.from(TestCredentials.of(Map.of()))
                .map(s -> new RevenueCatClient(HttpClients.shared(), s));
        Configured<PostHogClient> noPostHog = PostHogSettings.from(TestCredentials.of(Map.of()))
                .map(s -> new PostHogClient(HttpClients.shared(), s));
        FunnelSnapshotService.Result result = new FunnelSnapshotService(db, ZONE, noRevenueCat, noPostHog).take(DAY);

        assertThat(server.getRequestCount()).isZero();
        Map<String, Object> row = snapshot(DAY);
        // not carried over from 27 Feb: a day RevenueCat did not answer has no paying users of its own
        assertThat(row.get("paying_users")).isNull();
        assertThat(row.get("mrr_usd")).isNull();
        assertThat(row.get("phase")).isNull();
        assertThat(row.get("purchases")).isEqualTo(4);
        assertThat(row.get("impressions")).isEqualTo(12_000);
        assertThat(row.get("clicks")).isEqualTo(420);
        assertThat(row.get("signups")).isEqualTo(63);
        assertThat(row.get("trials")).isEqualTo(25);
        assertThat((BigDecimal) row.get("impression_to_click")).isEqualByComparingTo("0.0350");
        assertThat((BigDecimal) row.get("trial_to_paid")).isEqualByComparingTo("0.1600");
        assertThat((BigDecimal) row.get("month1_retention")).isEqualByComparingTo("0.8000"); // 4 of 5 stayed

        assertThat(result.skipped()).extracting(SourceUse::source).containsExactly("RevenueCat", "PostHog");
        assertThat(result.skipped().get(0).note()).contains("REVOPS_REVENUECAT_API_KEY and REVOPS_REVENUECAT_PROJECT_ID")
                .contains("not written for 2026-03-01").contains("the last values RevenueCat gave (2026-02-27)");
        assertThat(result.skipped().get(1).note()).contains("REVOPS_POSTHOG_API_KEY").contains("attribution events");
    }

    @Test
    void withoutAnyEarlierSnapshotPayingUsersAndPhaseStayEmptyAndRetakingReplacesTheRow() {
        FunnelSnapshotService service = new FunnelSnapshotService(db, ZONE, Configured.missing("REVOPS_REVENUECAT_API_KEY"),
                Configured.missing("REVOPS_POSTHOG_API_KEY"));

        FunnelSnapshotService.Result first = service.take(DAY);
        events("click", 360, local(DAY, 18, 0));
        service.take(DAY);

        assertThat(first.skipped().get(0).note()).endsWith("paying users, MRR and phase not written for 2026-03-01");
        assertThat(Tables.count(db, "actp_funnel_snapshots")).isEqualTo(1);
        Map<String, Object> row = snapshot(DAY);
        assertThat(row.get("paying_users")).isNull();
        assertThat(row.get("phase")).isNull();
        assertThat(row.get("clicks")).isEqualTo(360);
        assertThat((BigDecimal) row.get("impression_to_click")).isEqualByComparingTo("0.0300");
        assertThat(row.get("click_to_signup")).isEqualTo(new BigDecimal("0.0000"));
        assertThat(row.get("signup_to_trial")).isNull(); // no signups: no rate
    }

    @Test
    void retentionIsUnknownRatherThanAHundredPercentWhenNoCancellationWasEverRecorded() {
        // three buyers 40–42 days before the day's end and no churn event at all: the app does not track cancellations
        Instant end = DAY.plusDays(1).atStartOfDay(ZONE).toInstant();
        for (int buyer = 1; buyer <= 3; buyer++) {
            event("purchase", "user_" + buyer, end.minus(java.time.Duration.ofDays(39 + buyer)));
        }
        FunnelSnapshotService service = new FunnelSnapshotService(db, ZONE, Configured.missing("REVOPS_REVENUECAT_API_KEY"),
                Configured.missing("REVOPS_POSTHOG_API_KEY"));
        FunnelSnapshotService.Result result = service.take(DAY);
        assertThat(snapshot(DAY).get("month1_retention")).isNull();
        assertThat(result.used().get(0).note()).contains("no churn event recorded yet");
    }

    @Test
    void retakingADayWithoutRevenueCatKeepsWhatAnEarlierTakeOfItMeasured() {
        server.enqueue(Payloads.json(Payloads.revenueCatOverview(47, "734.51")));
        new FunnelSnapshotService(db, ZONE, revenueCat, Configured.missing("REVOPS_POSTHOG_API_KEY")).take(DAY);
        new FunnelSnapshotService(db, ZONE, Configured.missing("REVOPS_REVENUECAT_API_KEY"), Configured.missing("REVOPS_POSTHOG_API_KEY"))
                .take(DAY);
        assertThat(snapshot(DAY).get("paying_users")).isEqualTo(47);
        assertThat((BigDecimal) snapshot(DAY).get("mrr_usd")).isEqualByComparingTo("734.51");
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), ZONE).toInstant();
    }

    private void content(String postId, int impressions, Instant publishedAt) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_content_performance (post_id, platform, impressions, published_at)
                        VALUES (:post, 'twitter', :impressions, :at)""")
                .bind("post", postId).bind("impressions", impressions).bind("at", SqlTime.bind(publishedAt)).execute());
    }

    private void events(String type, int count, Instant at) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_attribution_events (event_type, utm_source, created_at)
                        SELECT :type, 'twitter', :at FROM generate_series(1, :n)""")
                .bind("type", type).bind("at", SqlTime.bind(at)).bind("n", count).execute());
    }

    private void event(String type, String user, Instant at) {
        db.jdbi().useHandle(h -> h.createUpdate(
                        "INSERT INTO actp_attribution_events (event_type, user_id, created_at) VALUES (:type, :user, :at)")
                .bind("type", type).bind("user", user).bind("at", SqlTime.bind(at)).execute());
    }

    private Map<String, Object> snapshot(LocalDate day) {
        List<Map<String, Object>> rows = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT * FROM actp_funnel_snapshots WHERE snapshot_date = :d").bind("d", day).mapToMap().list());
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
