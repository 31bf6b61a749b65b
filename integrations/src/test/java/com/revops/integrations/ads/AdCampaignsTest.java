package com.revops.integrations.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.notify.Notifier;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** Ads graduation on a real database: candidates, proposal, explicit approval, auto-pause with its alert. */
class AdCampaignsTest {
    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    /** Campaigns here were never created at Meta (no campaign id): they are paused here directly. */
    static final java.util.function.Supplier<com.revops.integrations.analytics.Configured<com.revops.integrations.analytics.MetaCampaignClient>>
            NO_META = () -> com.revops.integrations.analytics.Configured.missing("REVOPS_META_API_KEY");
    private Database db;
    private Fixtures f;
    private AdCampaigns ads;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        f = new Fixtures(db);
        ads = new AdCampaigns(db.jdbi());
        post("ig-winner", "8.40", "organic_only", 12000);
        post("ig-edge", "8.00", "organic_only", 900);
        post("ig-almost", "7.99", "organic_only", 50000);
        post("ig-graduated", "9.50", "graduated", 40000);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void post(String id, String score, String status, int impressions) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_content_performance (post_id, platform, offer_tag, impressions, engagements, clicks, engagement_score, status)
                        VALUES (:id, 'instagram', 'creator_growth', :imp, 100, 10, :score, :status)""")
                .bind("id", id).bind("imp", impressions).bind("score", new BigDecimal(score)).bind("status", status).execute());
    }

    private UUID active(String post, String spend, int conversions, Instant started) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO actp_ad_campaigns (source_post_id, platform, status, daily_budget_usd, spend_usd, conversions,
                            approved_at, started_at)
                        VALUES (:p, 'meta', 'active', 10, :spend, :conv, :start, :start) RETURNING id""")
                .bind("p", post).bind("spend", new BigDecimal(spend)).bind("conv", conversions).bind("start", SqlTime.bind(started))
                .mapTo(UUID.class).one());
    }

    @Test
    void candidatesScoreAtLeastEightAreOrganicOnlyAndHaveNoOpenCampaign() {
        assertThat(ads.candidates()).extracting(AdCandidate::postId).containsExactly("ig-winner", "ig-edge");
        ads.propose("ig-winner", "7.50", NOW);
        assertThat(ads.candidates()).extracting(AdCandidate::postId).containsExactly("ig-edge");
    }

    @Test
    void aProposalSpendsNothingUntilApprovedAndBadInputChangesNothing() {
        assertRefused(() -> ads.propose("ig-winner", "4.99", NOW), "daily budget: must be between $5 and $10");
        assertRefused(() -> ads.propose("ig-winner", "11", NOW), "daily budget: must be between $5 and $10");
        assertRefused(() -> ads.propose("ig-almost", "6", NOW), "post: 'ig-almost' is not a candidate");
        assertRefused(() -> ads.propose("ig-nope", "6", NOW), "post: no post 'ig-nope'");
        assertThat(f.count("SELECT count(*) FROM actp_ad_campaigns")).isZero();

        AdCampaign proposed = ads.propose("ig-winner", "$7.50", NOW);
        assertThat(proposed.status()).isEqualTo("proposed");
        assertThat(proposed.dailyBudget()).isEqualByComparingTo("7.50");
        assertThat(proposed.approvedAt()).isEmpty();
        assertRefused(() -> ads.propose("ig-winner", "6", NOW), "post: 'ig-winner' already has a proposed campaign");

        AdCampaign approved = ads.approve(proposed.id(), NOW.plusSeconds(60));
        // approved, but active only once Meta confirmed the campaign runs (MetaCampaignLifecycleTest)
        assertThat(approved.status()).isEqualTo("proposed");
        assertThat(approved.shownStatus()).isEqualTo("approved · launching");
        assertThat(approved.approvedAt()).contains(NOW.plusSeconds(60));
        assertThat(approved.startedAt()).isEmpty();
        assertThat(f.text("SELECT status FROM actp_content_performance WHERE post_id = 'ig-winner'")).isEqualTo("graduated");
        assertRefused(() -> ads.approve(proposed.id(), NOW),
                "campaign: is approved and launching at Meta; only a proposed campaign can be approved");
        assertRefused(() -> ads.reject(proposed.id(), NOW),
                "campaign: is approved and launching at Meta; only a proposed campaign can be rejected");
        AdCampaign active = ads.markLaunched(proposed.id(), NOW.plusSeconds(90));
        assertThat(active.status()).isEqualTo("active");
        assertThat(active.startedAt()).contains(NOW.plusSeconds(90));
        assertRefused(() -> ads.approve(proposed.id(), NOW), "campaign: is active; only a proposed campaign can be approved");
    }

    @Test
    void autoPausePausesWhatBreaksTheRuleAndRaisesOneAlertEach() {
        UUID highCpa = active("ig-a", "24.60", 2, NOW.minus(Duration.ofHours(50)));     // $12.30 CPA after 50 h: pause
        UUID tooEarly = active("ig-b", "24.60", 2, NOW.minus(Duration.ofHours(47)));    // same CPA, 47 h: not yet
        UUID atLimit = active("ig-c", "30.00", 3, NOW.minus(Duration.ofHours(72)));     // $10.00 CPA: keeps running
        UUID noSale = active("ig-d", "20.00", 0, NOW.minus(Duration.ofHours(10)));      // $20 without a conversion: pause
        UUID almost = active("ig-e", "19.99", 0, NOW.minus(Duration.ofHours(90)));      // $19.99 without: not yet

        Notifier notifier = new Notifier(db, ZoneOffset.UTC, Optional.empty(), java.time.Clock.systemUTC(), d -> { });
        List<AdCampaign> paused = new AdAutoPause(db, notifier, NO_META).run(NOW);

        assertThat(paused).extracting(AdCampaign::id).containsExactlyInAnyOrder(highCpa, noSale);
        assertThat(f.texts("SELECT source_post_id || ':' || status FROM actp_ad_campaigns ORDER BY source_post_id"))
                .containsExactly("ig-a:paused", "ig-b:active", "ig-c:active", "ig-d:paused", "ig-e:active");
        assertThat(f.text("SELECT paused_reason FROM actp_ad_campaigns WHERE id = '" + highCpa + "'"))
                .isEqualTo("CPA $12.30 was above the $10 limit after 50 h; paused automatically.");
        assertThat(f.texts("SELECT alert_type || ':' || subject FROM revops_alerts ORDER BY subject"))
                .containsExactly("ad_paused:ig-a (meta)", "ad_paused:ig-d (meta)");
        assertThat(f.count("SELECT count(*) FROM revops_outbox WHERE body LIKE '%Ad campaign ig-a (meta) paused%'")).isEqualTo(1);
        // an hour later the 47-hour campaign has run 48 h: its $12.30 CPA pauses it; the others still run
        assertThat(new AdAutoPause(db, notifier, NO_META).run(NOW.plus(Duration.ofHours(1)))).extracting(AdCampaign::id).containsExactly(tooEarly);
        assertThat(new AdAutoPause(db, notifier, NO_META).run(NOW.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(f.texts("SELECT id::text FROM actp_ad_campaigns WHERE status = 'active' ORDER BY source_post_id"))
                .containsExactly(atLimit.toString(), almost.toString());
        assertThat(f.count("SELECT count(*) FROM revops_alerts WHERE alert_type = 'ad_paused'")).isEqualTo(3);
    }

    private static void assertRefused(Runnable write, String message) {
        assertThatThrownBy(write::run).isInstanceOf(InvalidInputException.class).hasMessageStartingWith(message);
    }
}
