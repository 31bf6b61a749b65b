package com.revops.integrations.analytics;

import java.util.Arrays;
import java.util.List;

import com.revops.integrations.secrets.ServiceCredentials;

/**
 * PostHog: a personal API key, the project id, the four funnel events (page view → signup →
 * trial → purchase) and the property the funnel is broken down by. The key is never printed.
 */
public record PostHogSettings(String apiBase, String apiKey, String projectId, List<String> funnelEvents, String breakdownProperty) {
    public static final String DEFAULT_API_BASE = "https://us.posthog.com";
    public static final List<String> DEFAULT_FUNNEL_EVENTS = List.of("$pageview", "signup", "trial_started", "purchase");
    public static final String DEFAULT_BREAKDOWN = "utm_source";

    public PostHogSettings {
        funnelEvents = List.copyOf(funnelEvents);
        if (funnelEvents.size() != 4) {
            throw new IllegalArgumentException("the PostHog funnel needs four events (visit, signup, trial, purchase), got " + funnelEvents);
        }
    }

    /**
     * {@code posthog.api_key}, {@code posthog.project_id} (required); {@code posthog.funnel_events}
     * (four comma-separated event names) and {@code posthog.breakdown} (optional).
     */
    public static Configured<PostHogSettings> from(ServiceCredentials credentials) {
        SettingsLookup lookup = new SettingsLookup(credentials);
        String key = lookup.required("posthog.api_key");
        String project = lookup.required("posthog.project_id");
        List<String> events = lookup.optional("posthog.funnel_events")
                .map(text -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(DEFAULT_FUNNEL_EVENTS);
        String breakdown = lookup.optional("posthog.breakdown").orElse(DEFAULT_BREAKDOWN);
        return lookup.complete(() -> new PostHogSettings(lookup.apiBase("posthog", DEFAULT_API_BASE), key, project, events, breakdown));
    }

    @Override
    public String toString() {
        return "PostHogSettings[apiBase=" + apiBase + ", projectId=" + projectId + ", funnelEvents=" + funnelEvents
                + ", breakdownProperty=" + breakdownProperty + ", apiKey=***]";
    }
}
