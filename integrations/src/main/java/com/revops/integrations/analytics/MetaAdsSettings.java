package com.revops.integrations.analytics;

import com.revops.integrations.secrets.ServiceCredentials;

/**
 * Meta Marketing API: an access token with {@code ads_read}, the ad account id (with or without
 * {@code act_}) and the action type that counts as a conversion. The token is never printed.
 */
public record MetaAdsSettings(String apiBase, String accessToken, String adAccountId, String conversionAction) {
    public static final String DEFAULT_API_BASE = "https://graph.facebook.com/v21.0";
    public static final String DEFAULT_CONVERSION_ACTION = "purchase";

    public MetaAdsSettings {
        adAccountId = adAccountId.startsWith("act_") ? adAccountId : "act_" + adAccountId;
    }

    /**
     * {@code meta.api_key} (the access token) and {@code meta.ad_account_id} (required);
     * {@code meta.conversion_action} (optional, default {@code purchase}).
     */
    public static Configured<MetaAdsSettings> from(ServiceCredentials credentials) {
        SettingsLookup lookup = new SettingsLookup(credentials);
        String token = lookup.required("meta.api_key");
        String account = lookup.required("meta.ad_account_id");
        String action = lookup.optional("meta.conversion_action").orElse(DEFAULT_CONVERSION_ACTION);
        return lookup.complete(() -> new MetaAdsSettings(lookup.apiBase("meta", DEFAULT_API_BASE), token, account, action));
    }

    @Override
    public String toString() {
        return "MetaAdsSettings[apiBase=" + apiBase + ", adAccountId=" + adAccountId + ", conversionAction=" + conversionAction
                + ", accessToken=***]";
    }
}
