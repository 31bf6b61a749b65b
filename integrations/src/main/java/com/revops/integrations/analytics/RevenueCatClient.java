package com.revops.integrations.analytics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * RevenueCat API v2 overview metrics ({@code GET /v2/projects/{project_id}/metrics/overview},
 * secret key as a bearer token): the answer's {@code metrics} list holds one object per dashboard
 * card, each with an {@code id} ({@code active_subscriptions}, {@code mrr}, {@code active_trials},
 * {@code revenue}, …) and a {@code value}. Values are current ("now"), not as of a past day.
 */
public final class RevenueCatClient {
    static final String SERVICE = "RevenueCat";
    static final String CURRENCY = "USD";

    private final RevenueCatSettings settings;
    private final ServiceCall call;

    public RevenueCatClient(OkHttpClient http, RevenueCatSettings settings) {
        this.settings = settings;
        this.call = new ServiceCall(http, SERVICE, "REVENUECAT", settings.apiKey(), "secret API key");
    }

    /** Active paid subscriptions (the paying users of PRD-019 §4.11), MRR in US dollars, active trials. */
    public SubscriptionOverview overview() {
        HttpUrl url = call.base(settings.apiBase()).newBuilder()
                .addPathSegment("v2").addPathSegment("projects").addPathSegment(settings.projectId())
                .addPathSegment("metrics").addPathSegment("overview")
                .addQueryParameter("currency", CURRENCY)
                .build();
        JsonNode answer = call.send(call.authorized(url).get().build());
        return parse(answer);
    }

    private SubscriptionOverview parse(JsonNode answer) {
        JsonNode metrics = answer.get("metrics");
        if (metrics == null || !metrics.isArray()) {
            throw call.unexpected("no 'metrics' list in the overview");
        }
        String currency = answer.path("currency").asText(CURRENCY);
        if (!CURRENCY.equalsIgnoreCase(currency)) {
            throw call.unexpected("metrics in " + currency + " instead of " + CURRENCY);
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (JsonNode metric : metrics) {
            String id = metric.path("id").asText("");
            JsonNumbers.decimal(metric.get("value")).ifPresent(value -> values.put(id, value));
        }
        BigDecimal subscriptions = required(values, "active_subscriptions");
        BigDecimal mrr = required(values, "mrr");
        if (subscriptions.signum() < 0 || subscriptions.stripTrailingZeros().scale() > 0 || mrr.signum() < 0) {
            throw call.unexpected("active_subscriptions " + subscriptions.toPlainString() + ", mrr " + mrr.toPlainString());
        }
        return new SubscriptionOverview(subscriptions.longValueExact(), mrr,
                Optional.ofNullable(values.get("active_trials")).map(BigDecimal::longValue),
                Optional.ofNullable(values.get("revenue")));
    }

    private BigDecimal required(Map<String, BigDecimal> values, String id) {
        BigDecimal value = values.get(id);
        if (value == null) {
            throw call.unexpected("no '" + id + "' metric with a value");
        }
        return value;
    }

    /** The overview as RevenueCat shows it now; {@code revenueLast28Days} is gross revenue of the last 28 days. */
    public record SubscriptionOverview(long activeSubscriptions, BigDecimal mrr, Optional<Long> activeTrials,
                                       Optional<BigDecimal> revenueLast28Days) {
    }
}
