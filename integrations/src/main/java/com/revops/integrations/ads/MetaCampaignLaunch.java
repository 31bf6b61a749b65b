package com.revops.integrations.ads;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.revops.integrations.analytics.Configured;
import com.revops.integrations.analytics.MetaAudience;
import com.revops.integrations.analytics.MetaCampaignClient;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.http.ServiceException;

/**
 * Creates an approved campaign at Meta: campaign (paused), ad set (daily budget, lookalike audience),
 * creative (the page post) and ad, then sets the campaign ACTIVE; only Meta's confirmation of that
 * last step makes it active here. Each id is stored the moment Meta gives it, and before creating
 * an object the launch looks for one carrying the campaign's tag, so a retry after any failure —
 * even an answer lost on the way back — resumes where it stopped and never creates a second
 * campaign. One launch per campaign at a time (a PostgreSQL advisory lock), so the console and the
 * scheduler cannot race.
 */
public final class MetaCampaignLaunch {
    private final Jdbi jdbi;
    private final AdCampaigns campaigns;
    private final Supplier<Configured<MetaCampaignClient>> meta;
    private final Supplier<Configured<MetaAudience>> audience;

    public MetaCampaignLaunch(Jdbi jdbi, Supplier<Configured<MetaCampaignClient>> meta, Supplier<Configured<MetaAudience>> audience) {
        this.jdbi = jdbi;
        this.campaigns = new AdCampaigns(jdbi);
        this.meta = meta;
        this.audience = audience;
    }

    /** Launches (or resumes launching) an approved campaign; says how far it got. */
    public Outcome launch(AdCampaign campaign, Instant at) {
        if (!campaign.launching()) {
            return new Outcome(campaign, false, "is " + campaign.status() + ", not waiting to launch");
        }
        Configured<MetaCampaignClient> client = meta.get();
        Configured<MetaAudience> reach = audience.get();
        Optional<String> story = storyId(campaign.postId());
        String missing = client.client().isEmpty() ? "Meta Ads is " + client.skipReason()
                : reach.client().isEmpty() ? "the lookalike audience is " + reach.skipReason()
                : story.isEmpty() ? "post " + campaign.postId() + " has no Facebook page post to promote (meta_story_id)" : "";
        if (!missing.isEmpty()) {
            return waiting(campaign, missing, at);
        }
        try (Handle h = jdbi.open()) {
            if (!h.createQuery("SELECT pg_try_advisory_lock(hashtext(:key))").bind("key", campaign.metaTag()).mapTo(Boolean.class).one()) {
                return new Outcome(campaign, false, "a launch of this campaign is already under way");
            }
            try {
                return run(h, campaign, client.client().get(), reach.client().get(), story.get(), at);
            } finally {
                h.createQuery("SELECT pg_advisory_unlock(hashtext(:key))").bind("key", campaign.metaTag()).mapTo(Boolean.class).one();
            }
        } catch (ServiceException e) {
            return waiting(campaign, e.getMessage(), at);
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw DatabaseErrors.translate("Launching an ad campaign", e);
        }
    }

    private Outcome run(Handle h, AdCampaign c, MetaCampaignClient meta, MetaAudience audience, String story, Instant at) {
        String tag = c.metaTag();
        String name = "RevOps graduation " + c.postId() + " [" + tag + "]";
        Ids ids = ids(h, c.id());
        String campaignId = ids.campaign().or(() -> meta.findCampaign(tag)).orElseGet(() -> meta.createCampaign(name));
        store(h, c.id(), "campaign_id", campaignId);
        String adSetId = ids.adSet().or(() -> meta.findAdSet(campaignId, tag))
                .orElseGet(() -> meta.createAdSet(campaignId, name, c.dailyBudget(), audience));
        store(h, c.id(), "meta_adset_id", adSetId);
        String creativeId = ids.creative().orElseGet(() -> meta.createCreative(name, story));
        store(h, c.id(), "meta_creative_id", creativeId);
        String adId = ids.ad().or(() -> meta.findAd(adSetId, tag)).orElseGet(() -> meta.createAd(adSetId, name, creativeId));
        store(h, c.id(), "meta_ad_id", adId);
        meta.setStatus(campaignId, "ACTIVE");
        AdCampaign active = campaigns.markLaunched(c.id(), at);
        return new Outcome(active, true, "running at Meta as campaign " + campaignId);
    }

    private Outcome waiting(AdCampaign campaign, String why, Instant at) {
        campaigns.recordMetaError(campaign.id(), Optional.of(why), at);
        return new Outcome(campaign, false, why);
    }

    private Optional<String> storyId(String postId) {
        return DatabaseErrors.withHandle(jdbi, "Reading the post to promote", h -> h.createQuery(
                        "SELECT meta_story_id FROM actp_content_performance WHERE post_id = :p AND meta_story_id IS NOT NULL")
                .bind("p", postId).mapTo(String.class).findFirst());
    }

    private static Ids ids(Handle h, UUID id) {
        return h.createQuery("SELECT campaign_id, meta_adset_id, meta_creative_id, meta_ad_id FROM actp_ad_campaigns WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Ids(Optional.ofNullable(rs.getString("campaign_id")), Optional.ofNullable(rs.getString("meta_adset_id")),
                        Optional.ofNullable(rs.getString("meta_creative_id")), Optional.ofNullable(rs.getString("meta_ad_id"))))
                .one();
    }

    /** Stores an id Meta gave (autocommit: kept even when a later step fails). */
    private static void store(Handle h, UUID id, String column, String value) {
        h.createUpdate("UPDATE actp_ad_campaigns SET " + column + " = :value, updated_at = now() WHERE id = :id")
                .bind("value", value).bind("id", id).execute();
    }

    private record Ids(Optional<String> campaign, Optional<String> adSet, Optional<String> creative, Optional<String> ad) {
    }

    /** The campaign after the attempt; whether it now runs at Meta; what happened in words. */
    public record Outcome(AdCampaign campaign, boolean running, String message) {
    }
}
