package com.revops.integrations.analytics;


import java.time.ZoneId;
import java.util.List;

import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.secrets.ServiceCredentials;

import okhttp3.OkHttpClient;

/**
 * The analytics services as configured (SPEC §7): each client when its settings are complete,
 * otherwise what is missing. Built from the environment and the secret store on every call, so a
 * key entered in Settings takes effect at the next pull.
 */
public final class AnalyticsSources {
    private final ServiceCredentials credentials;
    private final OkHttpClient http;

    public AnalyticsSources(ServiceCredentials credentials, OkHttpClient http) {
        this.credentials = credentials;
        this.http = http;
    }

    public Configured<PostHogClient> postHog() {
        return PostHogSettings.from(credentials).map(s -> new PostHogClient(http, s));
    }

    public Configured<RevenueCatClient> revenueCat() {
        return RevenueCatSettings.from(credentials).map(s -> new RevenueCatClient(http, s));
    }

    public Configured<SuperwallClient> superwall() {
        return SuperwallSettings.from(credentials).map(s -> new SuperwallClient(http, s));
    }

    public Configured<MetaAdsClient> metaAds() {
        return MetaAdsSettings.from(credentials).map(s -> new MetaAdsClient(http, s));
    }

    /** Creating, pausing and reading campaigns: the same token and ad account as {@link #metaAds()}. */
    public Configured<MetaCampaignClient> metaCampaigns() {
        return MetaAdsSettings.from(credentials).map(s -> new MetaCampaignClient(http, s));
    }

    /** The lookalike audience and countries a graduated post's ad set reaches. */
    public Configured<MetaAudience> metaAudience() {
        return MetaAudience.from(credentials);
    }

    /**
     * Every analytics source of the daily pull, in the order they are pulled: the funnel (RevenueCat and
     * PostHog together), Superwall's paywalls, Meta's campaign spend. A new source is one more line here.
     */
    public List<AnalyticsSource> all(Database database, ZoneId zone) {
        return List.of(new FunnelSource(database, zone, this), new SuperwallSource(database, this), new MetaSpendSource(database, this));
    }

    /** No service configured (a scheduler context without settings, tests). */
    public static AnalyticsSources unconfigured() {
        return new AnalyticsSources(ServiceCredentials.none(), HttpClients.shared());
    }
}
