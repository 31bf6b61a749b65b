package com.revops.integrations.analytics;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.secrets.SecretStore;
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
        SecretStore empty = new SecretStore() {
            @Override
            public Optional<String> get(String name) {
                return Optional.empty();
            }

            @Override
            public void put(String name, String value) {
                throw new UnsupportedOperationException("no secret store");
            }

            @Override
            public void delete(String name) {
                throw new UnsupportedOperationException("no secret store");
            }

            @Override
            public String description() {
                return "nowhere";
            }
        };
        return new AnalyticsSources(new ServiceCredentials(new RevopsEnvironment(Map.of(), "linux", Path.of(".")), empty),
                HttpClients.shared());
    }
}
