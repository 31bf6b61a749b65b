package com.revops.app.console.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.console.TestConsole;
import com.revops.integrations.ads.AdCampaign;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** The Ads ViewModel: candidates, a checked proposal, approval as its own step, the numbers of the campaigns. */
class AdsViewModelTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    @TempDir
    Path home;
    private Database db;
    private AdsViewModel model;
    private TestConsole console;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        AdsFixtures.post(db, "ig-101", "8.7", "organic_only", 15000);
        AdsFixtures.post(db, "ig-102", "6.2", "organic_only", 90000);
        AdsFixtures.post(db, "ig-103", "9.1", "graduated", 30000);
        AdsFixtures.activeCampaign(db, "ig-103", NOW.minus(Duration.ofDays(4)));
        console = TestConsole.on(db, home, NOW);
        model = new AdsViewModel(console.context());
        model.refresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void campaignsShowCpaAndRoasWorkedFromSpend() {
        assertThat(model.candidates()).extracting(c -> c.postId()).containsExactly("ig-101");
        AdCampaign active = model.campaigns().get(0);
        // $36 / 5 = $7.20; $239.97 / $36 = 6.6658
        assertThat(active.cpa()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("7.20"));
        assertThat(active.roas()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("6.6658"));
        assertThat(model.summaryProperty().get()).isEqualTo("1 candidate · 0 waiting for approval · 1 active · 0 paused · $36.00 spent in all");
    }

    @Test
    void aProposalIsCheckedAndApprovalIsASeparateStep() {
        model.selectedCandidateProperty().set(model.candidates().get(0));
        model.budgetProperty().set("12");
        assertThat(model.budgetErrorProperty().get()).isEqualTo("must be between $5 and $10 a day (got $12.00)");
        assertThat(model.canProposeProperty().get()).isFalse();
        model.budgetProperty().set("6.50");
        assertThat(model.canProposeProperty().get()).isTrue();
        model.propose();
        assertThat(model.actionResultProperty().get())
                .isEqualTo("Proposed a campaign for ig-101 at $6.50/day. It spends nothing until you approve it.");
        AdCampaign proposed = model.campaigns().get(0);
        assertThat(proposed.status()).isEqualTo("proposed");
        assertThat(model.candidates()).isEmpty();
        assertThat(model.approvalQuestion(proposed)).startsWith("Approve the campaign for ig-101 (meta)? It starts spending money now: "
                + "up to $6.50 a day");

        model.approve(proposed);
        // without Meta settings the approval is kept and the campaign waits: it is never shown active before Meta runs it
        assertThat(new Fixtures(db).text("SELECT status || ' ' || (approved_at IS NOT NULL) FROM actp_ad_campaigns WHERE source_post_id = 'ig-101'"))
                .isEqualTo("proposed true");
        assertThat(model.actionResultProperty().get()).startsWith("Approved ig-101 (meta): not running yet — Meta Ads is not configured: set "
                + "REVOPS_META_API_KEY and REVOPS_META_AD_ACCOUNT_ID");
        assertThat(model.campaigns().get(0).shownStatus()).isEqualTo("approved · launching");
        assertThat(model.summaryProperty().get()).contains("0 waiting for approval · 1 launching at Meta · 1 active");
        model.selectedCampaignProperty().set(model.campaigns().get(0));
        assertThat(model.canDecideProperty().get()).isFalse();
        assertThat(model.canRetryLaunchProperty().get()).isTrue();
        assertThat(console.dataChanges()).hasValue(2);
    }
}
