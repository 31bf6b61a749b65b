package com.revops.app;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import okhttp3.OkHttpClient;

import com.revops.integrations.anthropic.AnthropicClient;
import com.revops.integrations.brief.RecommendationWriter;
import com.revops.integrations.secrets.ServiceCredentials;

/**
 * The Anthropic client as configured now: made once, and made again only when the operator changes
 * the key or the address in Settings; empty without a key (and always in a dry run).
 */
final class ClaudeConnection implements Supplier<Optional<AnthropicClient>> {
    private final Supplier<ServiceCredentials> credentials;
    private final OkHttpClient http;
    private final boolean enabled;
    private Optional<AnthropicClient> client = Optional.empty();
    private String madeFor = "";

    ClaudeConnection(Supplier<ServiceCredentials> credentials, OkHttpClient http) {
        this(credentials, http, true);
    }

    private ClaudeConnection(Supplier<ServiceCredentials> credentials, OkHttpClient http, boolean enabled) {
        this.credentials = credentials;
        this.http = http;
        this.enabled = enabled;
    }

    /** No client at all: the rule-based text everywhere (a dry run calls no external service). */
    static ClaudeConnection none(Supplier<ServiceCredentials> credentials) {
        return new ClaudeConnection(credentials, null, false);
    }

    @Override
    public synchronized Optional<AnthropicClient> get() {
        if (!enabled) {
            return Optional.empty();
        }
        ServiceCredentials c = credentials.get();
        Optional<String> key = c.apiKey("anthropic");
        if (key.isEmpty()) {
            client = Optional.empty();
            madeFor = "";
            return client;
        }
        String base = c.apiBase("anthropic", AnthropicClient.DEFAULT_API_BASE);
        String configuration = base + "\n" + key.get();
        if (client.isEmpty() || !Objects.equals(configuration, madeFor)) {
            client = Optional.of(new AnthropicClient(http, base, key.get()));
            madeFor = configuration;
        }
        return client;
    }

    /** The routing table's model names mapped to API model ids; each can be overridden in Settings. */
    RecommendationWriter.ModelNames modelNames() {
        ServiceCredentials c = credentials.get();
        RecommendationWriter.ModelNames defaults = RecommendationWriter.ModelNames.DEFAULTS;
        return new RecommendationWriter.ModelNames(
                c.get("anthropic.model.haiku").orElse(defaults.haiku()),
                c.get("anthropic.model.sonnet").orElse(defaults.sonnet()),
                c.get("anthropic.model.opus").orElse(defaults.opus()));
    }
}
