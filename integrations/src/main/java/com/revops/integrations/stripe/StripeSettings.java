package com.revops.integrations.stripe;

import com.revops.integrations.analytics.Configured;
import com.revops.integrations.secrets.ServiceCredentials;

/** Stripe: a secret (or restricted, read-only) API key. The key is never printed. */
public record StripeSettings(String apiBase, String apiKey) {
    public static final String DEFAULT_API_BASE = "https://api.stripe.com";

    /** {@code stripe.api_key} (REVOPS_STRIPE_API_KEY), required; {@code stripe.api_base} optional. */
    public static Configured<StripeSettings> from(ServiceCredentials credentials) {
        return credentials.apiKey("stripe").map(key -> Configured.of(new StripeSettings(credentials.apiBase("stripe", DEFAULT_API_BASE), key)))
                .orElseGet(() -> Configured.missing(ServiceCredentials.envName("stripe.api_key")));
    }

    @Override
    public String toString() {
        return "StripeSettings[apiBase=" + apiBase + ", apiKey=***]";
    }
}
