package com.revops.integrations.analytics;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.revops.integrations.secrets.ServiceCredentials;

/**
 * Whom a graduated post's ad set reaches (PRD-019 §4.6): the configured lookalike audience ({@code
 * meta.lookalike_audience_id}) in the given countries ({@code meta.countries}, ISO codes, default US).
 */
public record MetaAudience(String lookalikeAudienceId, List<String> countries) {
    public static final String DEFAULT_COUNTRIES = "US";

    public MetaAudience {
        countries = List.copyOf(countries);
    }

    public static Configured<MetaAudience> from(ServiceCredentials credentials) {
        SettingsLookup lookup = new SettingsLookup(credentials);
        String audience = lookup.required("meta.lookalike_audience_id");
        List<String> countries = Arrays.stream(lookup.optional("meta.countries").orElse(DEFAULT_COUNTRIES).split("[,\\s]+"))
                .filter(c -> !c.isBlank()).map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        return lookup.complete(() -> new MetaAudience(audience, countries));
    }
}
