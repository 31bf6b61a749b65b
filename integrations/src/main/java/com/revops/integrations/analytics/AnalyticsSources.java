package com.revops.integrations.analytics;


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

    /** No service configured (a scheduler context without settings, tests). */
    public static AnalyticsSources unconfigured() {
        return new AnalyticsSources(ServiceCredentials.none(), HttpClients.shared());
    }
}
