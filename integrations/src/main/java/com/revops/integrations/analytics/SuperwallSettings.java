package com.revops.integrations.analytics;

import java.util.Optional;

import com.revops.integrations.secrets.ServiceCredentials;

/**
 * Superwall: an organization API key with the {@code data:read} scope, the organization id, and
 * optionally the product the paywalls sell and the SQL that sums variants (see {@link SuperwallClient}).
 */
public record SuperwallSettings(String apiBase, String apiKey, String organizationId, Optional<String> product,
                                Optional<String> variantSql) {
    public static final String DEFAULT_API_BASE = "https://api.superwall.com";

    /**
     * {@code superwall.api_key}, {@code superwall.organization_id} (required);
     * {@code superwall.product}, {@code superwall.variant_sql} (optional).
     */
    public static Configured<SuperwallSettings> from(ServiceCredentials credentials) {
        SettingsLookup lookup = new SettingsLookup(credentials);
        String key = lookup.required("superwall.api_key");
        String organization = lookup.required("superwall.organization_id");
        return lookup.complete(() -> new SuperwallSettings(lookup.apiBase("superwall", DEFAULT_API_BASE), key, organization,
                lookup.optional("superwall.product"), lookup.optional("superwall.variant_sql")));
    }

    @Override
    public String toString() {
        return "SuperwallSettings[apiBase=" + apiBase + ", organizationId=" + organizationId + ", product=" + product + ", apiKey=***]";
    }
}
