package com.revops.integrations.resend;

import com.revops.integrations.analytics.Configured;
import com.revops.integrations.secrets.ServiceCredentials;

/** Resend: an API key and the sender ({@code "RevOps <hello@yourdomain.com>"}, a verified domain). The key is never printed. */
public record ResendSettings(String apiBase, String apiKey, String from) {
    public static final String DEFAULT_API_BASE = "https://api.resend.com";

    /** {@code resend.api_key} and {@code resend.from} (REVOPS_RESEND_API_KEY, REVOPS_RESEND_FROM), both required. */
    public static Configured<ResendSettings> from(ServiceCredentials credentials) {
        var key = credentials.apiKey("resend");
        var from = credentials.get("resend.from");
        if (key.isEmpty() || from.isEmpty()) {
            String missing = key.isEmpty() && from.isEmpty() ? "REVOPS_RESEND_API_KEY and REVOPS_RESEND_FROM"
                    : key.isEmpty() ? "REVOPS_RESEND_API_KEY" : "REVOPS_RESEND_FROM";
            return Configured.missing(missing);
        }
        return Configured.of(new ResendSettings(credentials.apiBase("resend", DEFAULT_API_BASE), key.get(), from.get()));
    }

    @Override
    public String toString() {
        return "ResendSettings[apiBase=" + apiBase + ", from=" + from + ", apiKey=***]";
    }
}
