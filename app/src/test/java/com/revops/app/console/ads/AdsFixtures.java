package com.revops.app.console.ads;

import java.math.BigDecimal;
import java.time.Instant;

import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;

/** Posts and campaigns for the Ads screen tests. */
final class AdsFixtures {
    private AdsFixtures() {
    }

    static void post(Database db, String id, String score, String status, int impressions) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_content_performance (post_id, platform, offer_tag, impressions, engagements, clicks, engagement_score, status)
                        VALUES (:id, 'instagram', 'creator_growth', :imp, 300, 40, :score, :status)""")
                .bind("id", id).bind("imp", impressions).bind("score", new BigDecimal(score)).bind("status", status).execute());
    }

    /** An active campaign: $36 spent for 5 conversions and $239.97 of revenue. */
    static void activeCampaign(Database db, String post, Instant started) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_ad_campaigns (source_post_id, platform, status, daily_budget_usd, spend_usd, conversions, revenue_usd,
                            approved_at, started_at)
                        VALUES (:p, 'meta', 'active', 9, 36, 5, 239.97, :s, :s)""")
                .bind("p", post).bind("s", SqlTime.bind(started)).execute());
    }
}
