package com.revops.integrations.ads;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import com.revops.domain.ads.AdsRules;
import com.revops.domain.common.InvalidInputException;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * Meta Ads graduation on {@code actp_ad_campaigns} (SPEC §4): candidate posts, proposing a campaign,
 * the operator's explicit approval (it spends money), and pausing active campaigns that break the
 * {@link AdsRules} limits. Approval records the operator's decision; the campaign becomes active
 * only once Meta confirmed it ({@link MetaCampaignLaunch}), and is paused here only once Meta
 * confirmed the pause ({@link AdAutoPause}).
 */
public final class AdCampaigns {
    /** Statuses in which a post already has its campaign: it is not proposed twice. */
    private static final String OPEN = "('proposed','active','paused')";
    private static final String COLUMNS = """
            id, source_post_id, platform, campaign_id, status, daily_budget_usd, spend_usd, conversions, revenue_usd, roas,
            offer_tag, started_at, approved_at, paused_reason, created_at, meta_status, meta_error""";

    private final Jdbi jdbi;

    public AdCampaigns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Posts with engagement score ≥ 8.0, status organic_only and no open campaign; best first. */
    public List<AdCandidate> candidates() {
        return withHandle("Reading ad candidates", h -> candidates(h, Optional.empty()));
    }

    private static List<AdCandidate> candidates(Handle h, Optional<String> post) {
        return h.createQuery("""
                        SELECT p.post_id, p.platform, p.offer_tag, p.engagement_score, p.impressions, p.engagements, p.clicks
                          FROM actp_content_performance p
                         WHERE p.engagement_score >= :min AND p.status = 'organic_only' AND p.post_id IS NOT NULL
                           AND (CAST(:post AS text) IS NULL OR p.post_id = :post)
                           AND NOT EXISTS (SELECT 1 FROM actp_ad_campaigns a WHERE a.source_post_id = p.post_id
                                            AND a.status IN ('proposed','active','paused'))
                         ORDER BY p.engagement_score DESC, p.impressions DESC, p.post_id""")
                .bind("min", AdsRules.MIN_SCORE).bind("post", post.orElse(null))
                .map((rs, ctx) -> new AdCandidate(rs.getString("post_id"), Optional.ofNullable(rs.getString("platform")).orElse("unknown"),
                        Optional.ofNullable(rs.getString("offer_tag")), rs.getBigDecimal("engagement_score"), rs.getLong("impressions"),
                        rs.getLong("engagements"), rs.getLong("clicks")))
                .list();
    }

    /** Every campaign: proposed first (they wait for the operator), then active, then the rest; newest first within. */
    public List<AdCampaign> campaigns() {
        return withHandle("Reading ad campaigns", h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM actp_ad_campaigns
                        ORDER BY CASE status WHEN 'proposed' THEN 0 WHEN 'active' THEN 1 WHEN 'paused' THEN 2 ELSE 3 END,
                                 coalesce(started_at, created_at) DESC, id""")
                .map((rs, ctx) -> campaign(rs)).list());
    }

    /** Proposes a campaign for a candidate post at {@code dailyBudget} ($5–10); nothing is spent until it is approved. */
    public AdCampaign propose(String postId, String dailyBudget, Instant at) {
        if (postId == null || postId.isBlank()) {
            throw new InvalidInputException("post", "is required: choose a candidate post");
        }
        BigDecimal budget = AdsRules.dailyBudget("daily budget", dailyBudget);
        return inTransaction("Proposing an ad campaign", h -> {
            AdCandidate post = candidates(h, Optional.ofNullable(postId)).stream().findFirst()
                    .orElseThrow(() -> new InvalidInputException("post", refusal(h, postId)));
            UUID id = h.createQuery("""
                            INSERT INTO actp_ad_campaigns (source_post_id, platform, status, daily_budget_usd, spend_usd, offer_tag,
                                created_at, updated_at)
                            VALUES (:post, 'meta', 'proposed', :budget, 0, :offer, :at, :at) RETURNING id""")
                    .bind("post", post.postId()).bind("budget", budget).bind("offer", post.offer().orElse(null))
                    .bind("at", SqlTime.bind(at)).mapTo(UUID.class).one();
            return find(h, id);
        });
    }

    private static String refusal(Handle h, String postId) {
        Optional<String> open = h.createQuery("SELECT status FROM actp_ad_campaigns WHERE source_post_id = :p AND status IN " + OPEN
                        + " LIMIT 1").bind("p", postId).mapTo(String.class).findOne();
        if (open.isPresent()) {
            return "'" + postId + "' already has a " + open.get() + " campaign";
        }
        boolean exists = h.createQuery("SELECT count(*) > 0 FROM actp_content_performance WHERE post_id = :p").bind("p", postId)
                .mapTo(Boolean.class).one();
        return exists ? "'" + postId + "' is not a candidate (it needs engagement score ≥ 8.0 and status organic_only)"
                : "no post '" + postId + "'";
    }

    /**
     * The operator's approval: the decision is recorded (approved now) and the post marked graduated;
     * the campaign stays proposed — "approved, launching" — until Meta confirmed it is running
     * ({@link #markLaunched}). Only a proposed campaign not yet approved can be approved.
     */
    public AdCampaign approve(UUID id, Instant at) {
        return moveProposed(id, at, "approved", """
                UPDATE actp_ad_campaigns SET approved_at = :at, updated_at = :at
                 WHERE id = :id AND status = 'proposed' AND approved_at IS NULL""", true);
    }

    /** Meta confirmed the campaign is running: it becomes active here, started now. */
    public AdCampaign markLaunched(UUID id, Instant at) {
        return inTransaction("Recording a launched ad campaign", h -> {
            h.createUpdate("""
                            UPDATE actp_ad_campaigns SET status = 'active', started_at = :at, meta_status = 'ACTIVE', meta_checked_at = :at,
                                   meta_error = NULL, updated_at = :at
                             WHERE id = :id AND status = 'proposed' AND approved_at IS NOT NULL""")
                    .bind("id", id).bind("at", SqlTime.bind(at)).execute();
            return find(h, id);
        });
    }

    /** Approved campaigns not yet running at Meta (a launch to start or resume), oldest approval first. */
    public List<AdCampaign> launching() {
        return withHandle("Reading approved ad campaigns", h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM actp_ad_campaigns WHERE status = 'proposed' AND approved_at IS NOT NULL ORDER BY approved_at, id")
                .map((rs, ctx) -> campaign(rs)).list());
    }

    /** Declines a proposed campaign; its post can be proposed again later. */
    public AdCampaign reject(UUID id, Instant at) {
        return moveProposed(id, at, "rejected", """
                UPDATE actp_ad_campaigns SET status = 'rejected', updated_at = :at
                 WHERE id = :id AND status = 'proposed' AND approved_at IS NULL""", false);
    }

    private AdCampaign moveProposed(UUID id, Instant at, String verb, String sql, boolean graduate) {
        return inTransaction("Updating an ad campaign", h -> {
            AdCampaign before = find(h, id);
            if (h.createUpdate(sql).bind("id", id).bind("at", SqlTime.bind(at)).execute() != 1) {
                String state = before.launching() ? "approved and launching at Meta" : before.status();
                throw new InvalidInputException("campaign", "is " + state + "; only a proposed campaign can be " + verb);
            }
            if (graduate) {
                h.createUpdate("UPDATE actp_content_performance SET status = 'graduated' WHERE post_id = :p")
                        .bind("p", before.postId()).execute();
            }
            return find(h, id);
        });
    }

    /** Every active campaign the auto-pause rule catches at {@code now}, with the reason; nothing is written. */
    public List<Breach> breaching(Instant now) {
        return withHandle("Reading active ad campaigns", h -> {
            List<Breach> breaches = new ArrayList<>();
            List<AdCampaign> active = h.createQuery("SELECT " + COLUMNS + " FROM actp_ad_campaigns WHERE status = 'active' ORDER BY id")
                    .map((rs, ctx) -> campaign(rs)).list();
            for (AdCampaign c : active) {
                Duration running = Duration.between(c.startedAt().or(c::approvedAt).orElse(c.createdAt()), now);
                AdsRules.pauseReason(c.spend(), c.conversions(), running).ifPresent(reason -> breaches.add(new Breach(c, reason)));
            }
            return breaches;
        });
    }

    /** Records a pause Meta confirmed (or a campaign Meta never had); returns it, or empty when it was no longer active. */
    public Optional<AdCampaign> markPaused(UUID id, String reason, boolean atMeta, Instant at) {
        return inTransaction("Pausing an ad campaign", h -> {
            int changed = h.createUpdate("""
                            UPDATE actp_ad_campaigns SET status = 'paused', paused_reason = :reason, meta_error = NULL, updated_at = :at,
                                   meta_status = CASE WHEN :meta THEN 'PAUSED' ELSE meta_status END,
                                   meta_checked_at = CASE WHEN :meta THEN :at ELSE meta_checked_at END
                             WHERE id = :id AND status = 'active'""")
                    .bind("reason", reason).bind("meta", atMeta).bind("at", SqlTime.bind(at)).bind("id", id).execute();
            return changed == 1 ? Optional.of(find(h, id)) : Optional.empty();
        });
    }

    /** The last Meta failure for a campaign, in the operator's words (empty clears it). */
    public void recordMetaError(UUID id, Optional<String> error, Instant at) {
        inTransaction("Recording a Meta failure", h -> h.createUpdate("""
                        UPDATE actp_ad_campaigns SET meta_error = :error, updated_at = :at WHERE id = :id""")
                .bind("error", error.orElse(null)).bind("at", SqlTime.bind(at)).bind("id", id).execute());
    }

    /** What Meta reported of a campaign on the daily reconcile. */
    public void recordMetaStatus(String campaignId, String status, Instant at) {
        inTransaction("Recording Meta's campaign status", h -> h.createUpdate("""
                        UPDATE actp_ad_campaigns SET meta_status = :status, meta_checked_at = :at WHERE campaign_id = :campaign""")
                .bind("status", status).bind("at", SqlTime.bind(at)).bind("campaign", campaignId).execute());
    }

    /** Active and paused campaigns that Meta knows (a campaign id), for the reconcile. */
    public List<AdCampaign> atMeta() {
        return withHandle("Reading ad campaigns", h -> h.createQuery("SELECT " + COLUMNS + " FROM actp_ad_campaigns"
                        + " WHERE campaign_id IS NOT NULL AND coalesce(platform, 'meta') = 'meta' AND status IN ('active', 'paused')"
                        + " ORDER BY campaign_id")
                .map((rs, ctx) -> campaign(rs)).list());
    }

    /** A campaign the rule catches, and why. */
    public record Breach(AdCampaign campaign, String reason) {
    }

    private static AdCampaign find(Handle h, UUID id) {
        if (id == null) {
            throw new InvalidInputException("campaign", "is required");
        }
        return h.createQuery("SELECT " + COLUMNS + " FROM actp_ad_campaigns WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> campaign(rs)).findOne()
                .orElseThrow(() -> new InvalidInputException("campaign", "no campaign with id " + id));
    }

    private static AdCampaign campaign(ResultSet rs) throws SQLException {
        return new AdCampaign(rs.getObject("id", UUID.class), Optional.ofNullable(rs.getString("source_post_id")).orElse("—"),
                Optional.ofNullable(rs.getString("platform")).orElse("meta"), Optional.ofNullable(rs.getString("campaign_id")),
                Optional.ofNullable(rs.getString("status")).orElse("proposed"), zeroIfNull(rs.getBigDecimal("daily_budget_usd")),
                zeroIfNull(rs.getBigDecimal("spend_usd")), rs.getLong("conversions"), zeroIfNull(rs.getBigDecimal("revenue_usd")),
                Optional.ofNullable(rs.getBigDecimal("roas")), Optional.ofNullable(rs.getString("offer_tag")),
                SqlTime.read(rs, "started_at"), SqlTime.read(rs, "approved_at"), Optional.ofNullable(rs.getString("paused_reason")),
                SqlTime.read(rs, "created_at").orElseThrow(), Optional.ofNullable(rs.getString("meta_status")),
                Optional.ofNullable(rs.getString("meta_error")));
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private <T> T withHandle(String doing, HandleCallback<T, RuntimeException> work) {
        return DatabaseErrors.withHandle(jdbi, doing, work);
    }

    private <T> T inTransaction(String doing, HandleCallback<T, RuntimeException> work) {
        return DatabaseErrors.inTransaction(jdbi, doing, work);
    }
}
