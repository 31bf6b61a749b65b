package com.revops.integrations.analytics;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import com.revops.domain.common.Money;

/**
 * Spend and conversions of the graduated Meta campaigns in {@code actp_ad_campaigns} (PRD-019
 * §4.6). Only campaigns Meta knows (a {@code campaign_id}) that are running or paused are
 * tracked; CPA is spend ÷ conversions (none without a conversion), ROAS the campaign's attributed
 * revenue ÷ spend. One pull is written in one transaction, or not at all.
 */
public final class AdSpendRepository {
    private final Jdbi jdbi;

    public AdSpendRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Meta campaign ids of the active and paused campaigns. */
    public List<String> trackedCampaignIds() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT DISTINCT campaign_id FROM actp_ad_campaigns
                         WHERE campaign_id IS NOT NULL AND coalesce(platform, 'meta') = 'meta' AND status IN ('active', 'paused')
                         ORDER BY campaign_id""")
                .mapTo(String.class).list());
    }

    /** Writes each campaign's spend, conversions, CPA and ROAS; returns how many rows changed. */
    public int update(List<MetaAdsClient.CampaignInsight> insights) {
        if (insights.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    UPDATE actp_ad_campaigns SET
                        spend_usd = :spend,
                        conversions = :conversions,
                        cpa_usd = CASE WHEN :conversions > 0 THEN round(:spend / :conversions, 2) END,
                        roas = CASE WHEN :spend > 0 THEN round(revenue_usd / :spend, 4) END,
                        updated_at = now()
                     WHERE campaign_id = :campaign AND coalesce(platform, 'meta') = 'meta'""");
            for (MetaAdsClient.CampaignInsight insight : insights) {
                batch.bind("spend", Money.cents(insight.spendUsd()))
                        .bind("conversions", insight.conversions())
                        .bind("campaign", insight.campaignId())
                        .add();
            }
            int changed = 0;
            for (int count : batch.execute()) {
                changed += Math.max(count, 0);
            }
            return changed;
        });
    }
}
