package com.revops.integrations.analytics;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.JdbiException;

import com.revops.integrations.db.Database;
import com.revops.integrations.http.ServiceException;

/** Meta's campaign insights (spend, results) into the tracked campaigns of {@code actp_ad_campaigns}. */
final class MetaSpendSource implements AnalyticsSource {
    private final Database database;
    private final AnalyticsSources sources;

    MetaSpendSource(Database database, AnalyticsSources sources) {
        this.database = database;
        this.sources = sources;
    }

    @Override
    public List<String> services() {
        return List.of(MetaAdsClient.SERVICE);
    }

    @Override
    public List<SourceReport> pull(LocalDate day) {
        return List.of(adSpend());
    }

    private SourceReport adSpend() {
        Configured<MetaAdsClient> meta = sources.metaAds();
        if (meta.client().isEmpty()) {
            return SourceReport.skipped(MetaAdsClient.SERVICE, meta.skipReason());
        }
        try {
            AdSpendRepository campaigns = new AdSpendRepository(database.jdbi());
            List<String> ids = campaigns.trackedCampaignIds();
            if (ids.isEmpty()) {
                return SourceReport.ok(MetaAdsClient.SERVICE, "no active or paused Meta campaign to update");
            }
            int updated = campaigns.update(meta.client().get().campaignInsights(ids));
            return SourceReport.ok(MetaAdsClient.SERVICE, updated + " of " + ids.size() + " campaign(s) updated");
        } catch (ServiceException e) {
            return SourceReport.failed(e);
        } catch (JdbiException e) {
            return SourceReport.failed(MetaAdsClient.SERVICE, "could not save the campaign spend: " + AnalyticsSource.rootMessage(e), true);
        }
    }

}
