package com.revops.integrations.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.integrations.analytics.Configured;
import com.revops.integrations.analytics.MetaAdsClient;
import com.revops.integrations.analytics.MetaAdsSettings;
import com.revops.integrations.analytics.MetaAudience;
import com.revops.integrations.analytics.MetaCampaignClient;
import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.testing.FakeGraphApi;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockWebServer;

/**
 * A graduated post's campaign from approval to reconcile against a Graph API that keeps state:
 * created in order (campaign paused, ad set, creative, ad, then ACTIVE), resumed after a failure
 * without a second campaign — also when Meta's answer was lost —, paused at Meta before here, and
 * drift found by the reconcile.
 */
class MetaCampaignLifecycleTest {
    static final Instant APPROVED = Instant.parse("2026-03-02T09:00:00Z");
    private MockWebServer server;
    private FakeGraphApi graph;
    private Database db;
    private Fixtures f;
    private AdCampaigns ads;
    private MetaCampaignLaunch launch;
    private Notifier notifier;
    private Configured<MetaCampaignClient> meta;
    private Configured<MetaAdsClient> insights;

    @BeforeEach
    void start() throws IOException {
        graph = new FakeGraphApi();
        server = new MockWebServer();
        server.setDispatcher(graph);
        server.start();
        MetaAdsSettings settings = new MetaAdsSettings(server.url("/v21.0").toString(), FakeGraphApi.TOKEN, FakeGraphApi.ACCOUNT,
                MetaAdsSettings.DEFAULT_CONVERSION_ACTION);
        meta = Configured.of(new MetaCampaignClient(HttpClients.shared(), settings));
        insights = Configured.of(new MetaAdsClient(HttpClients.shared(), settings));
        db = TestDatabase.fresh();
        f = new Fixtures(db);
        ads = new AdCampaigns(db.jdbi());
        notifier = new Notifier(db, ZoneOffset.UTC, Optional.empty(), java.time.Clock.systemUTC(), d -> { });
        launch = new MetaCampaignLaunch(db.jdbi(), () -> meta, () -> Configured.of(new MetaAudience("23851234567890123", List.of("US", "CA"))));
        db.jdbi().useHandle(h -> h.createUpdate("""
                INSERT INTO actp_content_performance (post_id, platform, offer_tag, impressions, engagements, clicks, engagement_score, status,
                    meta_story_id)
                VALUES ('fb-0042', 'facebook', 'creator_growth', 18000, 900, 240, 8.60, 'organic_only', '104857600123_998877665544')""").execute());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        db.close();
    }

    private AdCampaign approved() {
        AdCampaign proposed = ads.propose("fb-0042", "7.50", APPROVED.minusSeconds(600));
        return ads.approve(proposed.id(), APPROVED);
    }

    @Test
    void approvalCreatesCampaignAdSetCreativeAndAdAtMetaThenActivatesIt() throws Exception {
        AdCampaign campaign = approved();
        assertThat(campaign.shownStatus()).isEqualTo("approved · launching");

        MetaCampaignLaunch.Outcome outcome = launch.launch(campaign, APPROVED.plusSeconds(5));

        assertThat(outcome.running()).isTrue();
        assertThat(graph.calls).containsExactly("GET campaigns", "POST campaigns", "GET adsets", "POST adsets", "POST adcreatives",
                "GET ads", "POST ads", "POST status");
        FakeGraphApi.Node created = graph.ofKind("campaigns").get(0);
        assertThat(created.name()).isEqualTo("RevOps graduation fb-0042 [revops:" + campaign.id() + "]");
        assertThat(created.params()).containsEntry("objective", "OUTCOME_TRAFFIC").containsEntry("status", "PAUSED")
                .containsEntry("special_ad_categories", "[]");
        FakeGraphApi.Node adSet = graph.ofKind("adsets").get(0);
        // $7.50 a day is 750 cents
        assertThat(adSet.params()).containsEntry("daily_budget", "750").containsEntry("campaign_id", created.id())
                .containsEntry("billing_event", "IMPRESSIONS").containsEntry("optimization_goal", "LINK_CLICKS");
        assertThat(new ObjectMapper().readTree(adSet.params().get("targeting"))).isEqualTo(new ObjectMapper().readTree(
                "{\"geo_locations\": {\"countries\": [\"US\", \"CA\"]}, \"custom_audiences\": [{\"id\": \"23851234567890123\"}]}"));
        FakeGraphApi.Node creative = graph.ofKind("adcreatives").get(0);
        assertThat(creative.params()).containsEntry("object_story_id", "104857600123_998877665544");
        FakeGraphApi.Node ad = graph.ofKind("ads").get(0);
        assertThat(ad.params()).containsEntry("adset_id", adSet.id()).containsEntry("creative", "{\"creative_id\":\"" + creative.id() + "\"}");
        assertThat(graph.statuses).containsEntry(created.id(), "ACTIVE");

        assertThat(f.text("SELECT concat_ws(' ', status, campaign_id, meta_adset_id, meta_creative_id, meta_ad_id, meta_status) "
                + "FROM actp_ad_campaigns")).isEqualTo("active " + created.id() + " " + adSet.id() + " " + creative.id() + " " + ad.id()
                + " ACTIVE");
        assertThat(ads.campaigns().get(0).startedAt()).contains(APPROVED.plusSeconds(5));
    }

    @Test
    void aRetryAfterAFailureResumesAndNeverCreatesASecondCampaign() {
        AdCampaign campaign = approved();
        graph.failNext("POST adsets", 500);

        MetaCampaignLaunch.Outcome first = launch.launch(campaign, APPROVED);

        assertThat(first.running()).isFalse();
        assertThat(first.message()).contains("Meta Ads: is unavailable (HTTP 500");
        assertThat(f.text("SELECT status || ' ' || (campaign_id IS NOT NULL) || ' ' || (meta_adset_id IS NULL) FROM actp_ad_campaigns"))
                .isEqualTo("proposed true true");
        assertThat(f.text("SELECT meta_error FROM actp_ad_campaigns")).contains("HTTP 500");
        assertThat(ads.candidates()).isEmpty();

        // the retry: the stored campaign id is used, nothing is looked up or created twice
        MetaCampaignLaunch.Outcome second = launch.launch(ads.launching().get(0), APPROVED.plusSeconds(3600));

        assertThat(second.running()).isTrue();
        assertThat(graph.ofKind("campaigns")).hasSize(1);
        assertThat(graph.ofKind("adsets")).hasSize(1);
        assertThat(graph.count("POST campaigns")).isEqualTo(1);
        assertThat(f.text("SELECT status || ' ' || (meta_error IS NULL) FROM actp_ad_campaigns")).isEqualTo("active true");
    }

    @Test
    void whenMetasAnswerIsLostTheRetryFindsTheCampaignByItsTagInsteadOfCreatingAnother() {
        AdCampaign campaign = approved();
        graph.loseAnswerOfNext("POST campaigns", 502);
        graph.loseAnswerOfNext("POST ads", 502);

        assertThat(launch.launch(campaign, APPROVED).running()).isFalse();
        assertThat(f.text("SELECT coalesce(campaign_id, 'none') FROM actp_ad_campaigns")).isEqualTo("none");
        assertThat(launch.launch(ads.launching().get(0), APPROVED.plusSeconds(60)).running()).isFalse();
        assertThat(launch.launch(ads.launching().get(0), APPROVED.plusSeconds(120)).running()).isTrue();

        assertThat(graph.ofKind("campaigns")).hasSize(1);
        assertThat(graph.ofKind("adsets")).hasSize(1);
        assertThat(graph.ofKind("ads")).hasSize(1);
        assertThat(f.text("SELECT campaign_id FROM actp_ad_campaigns")).isEqualTo(graph.ofKind("campaigns").get(0).id());
        assertThat(f.text("SELECT meta_ad_id FROM actp_ad_campaigns")).isEqualTo(graph.ofKind("ads").get(0).id());
    }

    @Test
    void withoutMetaSettingsOrAPagePostTheApprovedCampaignWaitsAndSaysWhy() {
        AdCampaign campaign = approved();
        MetaCampaignLaunch unconfigured = new MetaCampaignLaunch(db.jdbi(), () -> Configured.missing("REVOPS_META_API_KEY"),
                () -> Configured.missing("REVOPS_META_LOOKALIKE_AUDIENCE_ID"));
        assertThat(unconfigured.launch(campaign, APPROVED).message())
                .isEqualTo("Meta Ads is not configured: set REVOPS_META_API_KEY (environment or Settings)");
        db.jdbi().useHandle(h -> h.execute("UPDATE actp_content_performance SET meta_story_id = NULL"));
        assertThat(launch.launch(campaign, APPROVED).message()).isEqualTo("post fb-0042 has no Facebook page post to promote (meta_story_id)");
        assertThat(graph.calls).isEmpty();
        assertThat(f.text("SELECT status FROM actp_ad_campaigns")).isEqualTo("proposed");
    }

    @Test
    void autoPausePausesAtMetaFirstAndHereOnlyOnceMetaConfirmed() {
        AdCampaign campaign = approved();
        launch.launch(campaign, APPROVED);
        String metaId = graph.ofKind("campaigns").get(0).id();
        // $20.40 spent without a conversion: the rule pauses it
        db.jdbi().useHandle(h -> h.execute("UPDATE actp_ad_campaigns SET spend_usd = 20.40"));
        List<String> localWhenMetaPaused = new ArrayList<>();
        graph.beforeStatusChange = status -> localWhenMetaPaused.add(status + " while local " + f.text("SELECT status FROM actp_ad_campaigns"));
        graph.failNext("POST status", 500);
        AdAutoPause pause = new AdAutoPause(db, notifier, () -> meta);
        Instant hourLater = APPROVED.plus(Duration.ofHours(1));

        assertThat(pause.run(hourLater)).isEmpty();

        assertThat(f.text("SELECT status FROM actp_ad_campaigns")).isEqualTo("active");
        assertThat(graph.statuses).containsEntry(metaId, "ACTIVE");
        assertThat(f.texts("SELECT alert_type || ' ' || severity FROM revops_alerts")).containsExactly("ad_pause_failed urgent");
        assertThat(f.text("SELECT meta_error FROM actp_ad_campaigns")).contains("HTTP 500");

        List<AdCampaign> paused = pause.run(hourLater.plus(Duration.ofHours(1)));

        assertThat(paused).extracting(AdCampaign::id).containsExactly(campaign.id());
        assertThat(localWhenMetaPaused).containsExactly("PAUSED while local active");
        assertThat(graph.statuses).containsEntry(metaId, "PAUSED");
        assertThat(f.text("SELECT status || ' ' || meta_status || ' ' || (meta_error IS NULL) FROM actp_ad_campaigns"))
                .isEqualTo("paused PAUSED true");
        assertThat(f.texts("SELECT alert_type FROM revops_alerts ORDER BY id")).containsExactly("ad_pause_failed", "ad_paused");
    }

    @Test
    void theReconcileReadsStatusAndSpendBackAndFlagsACampaignActiveAtMetaButPausedHereAsUrgent() {
        AdCampaign campaign = approved();
        launch.launch(campaign, APPROVED);
        String metaId = graph.ofKind("campaigns").get(0).id();
        db.jdbi().useHandle(h -> h.execute("UPDATE actp_ad_campaigns SET spend_usd = 21.00"));
        new AdAutoPause(db, notifier, () -> meta).run(APPROVED.plus(Duration.ofHours(2)));
        // someone turns it back on in Ads Manager; it has spent $23.10 and bought one sale
        graph.statuses.put(metaId, "ACTIVE");
        graph.insights.put(metaId, new String[] {"23.10", "1"});

        AdReconcile.Report report = new AdReconcile(db, notifier, () -> meta, () -> insights).run(APPROVED.plus(Duration.ofDays(1)));

        assertThat(report.checked()).isEqualTo(1);
        assertThat(report.spendUpdated()).isEqualTo(1);
        assertThat(report.drift()).singleElement().satisfies(a -> {
            assertThat(a.type().code()).isEqualTo("ad_drift");
            assertThat(a.severity().code()).isEqualTo("urgent");
        });
        assertThat(f.text("SELECT status || ' ' || meta_status || ' ' || spend_usd || ' ' || conversions || ' ' || cpa_usd "
                + "FROM actp_ad_campaigns")).isEqualTo("paused ACTIVE 23.10 1 23.10");
        assertThat(f.count("SELECT count(*) FROM revops_alerts WHERE alert_type = 'ad_drift' AND severity = 'urgent'")).isEqualTo(1);
        assertThat(graph.count("POST campaigns")).isEqualTo(1);
    }

    @Test
    void aFailingReconcileWritesNothing() {
        AdCampaign campaign = approved();
        launch.launch(campaign, APPROVED);
        graph.failNext("GET insights", 500);
        BigDecimal before = new BigDecimal(f.text("SELECT spend_usd::text FROM actp_ad_campaigns"));
        String checkedBefore = f.text("SELECT meta_checked_at::text FROM actp_ad_campaigns");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AdReconcile(db, notifier, () -> meta, () -> insights)
                        .run(APPROVED.plus(Duration.ofDays(1))))
                .hasMessageContaining("HTTP 500");

        assertThat(new BigDecimal(f.text("SELECT spend_usd::text FROM actp_ad_campaigns"))).isEqualByComparingTo(before);
        assertThat(f.text("SELECT meta_checked_at::text FROM actp_ad_campaigns")).isEqualTo(checkedBefore);
        assertThat(f.count("SELECT count(*) FROM revops_alerts")).isZero();
        UUID unused = campaign.id();
        assertThat(unused).isNotNull();
    }
}
