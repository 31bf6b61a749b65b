package com.revops.integrations.analytics;

import com.revops.integrations.secrets.ServiceCredentials;

/** RevenueCat: a v2 secret API key and the project id. The key is never printed. */
public record RevenueCatSettings(String apiBase, String apiKey, String projectId) {
    public static final String DEFAULT_API_BASE = "https://api.revenuecat.com";

    /** {@code revenuecat.api_key} and {@code revenuecat.project_id}, both required. */
    public static Configured<RevenueCatSettings> from(ServiceCredentials credentials) {
        SettingsLookup lookup = new SettingsLookup(credentials);
        String key = lookup.required("revenuecat.api_key");
        String project = lookup.required("revenuecat.project_id");
        return lookup.complete(() -> new RevenueCatSettings(lookup.apiBase("revenuecat", DEFAULT_API_BASE), key, project));
    }

    @Override
    public String toString() {
        return "RevenueCatSettings[apiBase=" + apiBase + ", projectId=" + projectId + ", apiKey=***]";
    }
}
