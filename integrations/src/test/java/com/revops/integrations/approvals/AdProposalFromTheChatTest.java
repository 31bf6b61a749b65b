package com.revops.integrations.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.integrations.ads.AdCampaign;
import com.revops.integrations.ads.AdCampaigns;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.FakeTelegram;
import com.revops.integrations.testing.TestDatabase;

/**
 * An ad campaign proposal approved from the chat goes through the console's approval code: it asks to
 * confirm the spend, approves through {@code AdCampaigns} and launches through {@code MetaCampaignLaunch}
 * (here Meta is not configured, so the campaign waits, approved, for the hourly ads job).
 */
class AdProposalFromTheChatTest {
    private static final String OPERATOR = "4242";
    private static final Instant DIGEST_AT = Instant.parse("2026-03-02T07:00:00Z");
    @TempDir
    Path home;
    private Database db;
    private ChatHarness chat;
    private UUID campaign;

    @BeforeEach
    void setUp() throws IOException {
        db = TestDatabase.fresh();
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_content_performance (post_id, platform, offer_tag, impressions, engagements, clicks, engagement_score, status)
                        VALUES ('ig-<best>', 'instagram', 'creator_growth', 12000, 900, 80, 8.4, 'organic_only')""").execute());
        campaign = new AdCampaigns(db.jdbi()).propose("ig-<best>", "7", DIGEST_AT.minusSeconds(3600)).id();
        chat = new ChatHarness(db, home, DIGEST_AT, OPERATOR, "");
        chat.digest();
    }

    @AfterEach
    void tearDown() throws IOException {
        chat.close();
        db.close();
    }

    private AdCampaign stored() {
        return new AdCampaigns(db.jdbi()).campaigns().stream().filter(c -> c.id().equals(campaign)).findFirst().orElseThrow();
    }

    @Test
    void approveAndLaunchAsksToConfirmTheSpendThenApprovesThroughTheConsolesPath() {
        ChatHarness.Sent card = chat.sent("Ad campaign proposal");
        assertThat(card.body().path("text").asText()).contains("post ig-&lt;best&gt; on meta · creator_growth")
                .contains("Daily budget <b>$7.00</b>");

        JsonNode asked = chat.press(card.button("✅ Approve & launch"), OPERATOR, OPERATOR, "private", card);
        assertThat(asked.path("text").asText()).isEqualTo("It spends up to $7.00 a day at Meta. Confirm below.");
        assertThat(stored().approvedAt()).isEmpty();

        String yes = FakeTelegram.button(chat.telegram.last("editMessageReplyMarkup").path("reply_markup"), "✅ Yes, spend up to $7.00/day")
                .orElseThrow();
        JsonNode launched = chat.press(yes, OPERATOR, OPERATOR, "private", card);

        assertThat(launched.path("text").asText()).isEqualTo("✅ Approved");
        AdCampaign after = stored();
        assertThat(after.approvedAt()).contains(DIGEST_AT);
        assertThat(after.launching()).isTrue();
        assertThat(after.metaError()).get().asString().contains("Meta Ads is");
        assertThat(chat.telegram.last("editMessageText").path("text").asText())
                .contains("✅ Approved 08:00 — not running yet: Meta Ads is").endsWith("the hourly ads job retries the launch");
        String postStatus = db.jdbi().withHandle(h -> h.createQuery("SELECT status FROM actp_content_performance").mapTo(String.class).one());
        assertThat(postStatus).isEqualTo("graduated");

        // pressed again: already approved, nothing more
        assertThat(chat.press(yes, OPERATOR, OPERATOR, "private", card).path("text").asText())
                .isEqualTo("Not done: it is approved · launching already — nothing was changed");
    }

    @Test
    void rejectDeclinesTheProposal() {
        ChatHarness.Sent card = chat.sent("Ad campaign proposal");
        chat.press(card.button("✖ Reject"), OPERATOR, OPERATOR, "private", card);

        assertThat(stored().status()).isEqualTo("rejected");
        assertThat(FakeTelegramButtons.labels(chat.telegram.last("editMessageText"))).isEmpty();
    }

    @Test
    void aProposalChangedSinceTheDigestIsNotLaunched() {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE actp_ad_campaigns SET daily_budget_usd = 10 WHERE id = :id")
                .bind("id", campaign).execute());
        ChatHarness.Sent card = chat.sent("Ad campaign proposal");

        JsonNode answer = chat.press(card.button("✅ Approve & launch"), OPERATOR, OPERATOR, "private", card);

        assertThat(answer.path("text").asText()).isEqualTo("Not done: this proposal changed since this message was sent — nothing was changed");
        assertThat(stored().dailyBudget()).isEqualByComparingTo(new BigDecimal("10"));
        assertThat(stored().approvedAt()).isEmpty();
    }
}
