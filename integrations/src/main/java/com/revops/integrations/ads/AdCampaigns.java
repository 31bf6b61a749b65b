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
 * {@link AdsRules} limits. A campaign is only ever proposed here; the worker creates it at Meta
 * once it is approved.
 */
public final class AdCampaigns {
    /** Statuses in which a post already has its campaign: it is not proposed twice. */
    private static final String OPEN = "('proposed','active','paused')";
    private static final String COLUMNS = """
            id, source_post_id, platform, campaign_id, status, daily_budget_usd, spend_usd, conversions, revenue_usd, roas,
            offer_tag, started_at, approved_at, paused_reason, created_at""";

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
     * The operator's approval: the proposed campaign becomes active (approved and started now) and its
     * post is marked graduated. Only a proposed campaign can be approved.
     */
    public AdCampaign approve(UUID id, Instant at) {
        return moveProposed(id, at, "approved", """
                UPDATE actp_ad_campaigns SET status = 'active', approved_at = :at, started_at = :at, updated_at = :at
                 WHERE id = :id AND status = 'proposed'""", true);
    }

    /** Declines a proposed campaign; its post can be proposed again later. */
    public AdCampaign reject(UUID id, Instant at) {
        return moveProposed(id, at, "rejected", """
                UPDATE actp_ad_campaigns SET status = 'rejected', updated_at = :at WHERE id = :id AND status = 'proposed'""", false);
    }

    private AdCampaign moveProposed(UUID id, Instant at, String verb, String sql, boolean graduate) {
        return inTransaction("Updating an ad campaign", h -> {
            AdCampaign before = find(h, id);
            if (h.createUpdate(sql).bind("id", id).bind("at", SqlTime.bind(at)).execute() != 1) {
                throw new InvalidInputException("campaign", "is " + before.status() + "; only a proposed campaign can be " + verb);
            }
            if (graduate) {
                h.createUpdate("UPDATE actp_content_performance SET status = 'graduated' WHERE post_id = :p")
                        .bind("p", before.postId()).execute();
            }
            return find(h, id);
        });
    }

    /** Pauses every active campaign the auto-pause rule catches at {@code now}; returns them as paused. */
    public List<AdCampaign> pauseBreaching(Instant now) {
        return inTransaction("Pausing ad campaigns", h -> {
            List<AdCampaign> paused = new ArrayList<>();
            List<AdCampaign> active = h.createQuery("SELECT " + COLUMNS + " FROM actp_ad_campaigns WHERE status = 'active' FOR UPDATE")
                    .map((rs, ctx) -> campaign(rs)).list();
            for (AdCampaign c : active) {
                Duration running = Duration.between(c.startedAt().or(c::approvedAt).orElse(c.createdAt()), now);
                Optional<String> reason = AdsRules.pauseReason(c.spend(), c.conversions(), running);
                if (reason.isPresent()) {
                    h.createUpdate("""
                                    UPDATE actp_ad_campaigns SET status = 'paused', paused_reason = :reason, updated_at = :at
                                     WHERE id = :id AND status = 'active'""")
                            .bind("reason", reason.get()).bind("at", SqlTime.bind(now)).bind("id", c.id()).execute();
                    paused.add(find(h, c.id()));
                }
            }
            return paused;
        });
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
                SqlTime.read(rs, "created_at").orElseThrow());
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
