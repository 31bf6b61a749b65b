package com.revops.integrations.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.revops.integrations.http.ServiceException;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Meta Marketing API, read only: lifetime insights of the graduated campaigns, from the ad
 * account's insights edge ({@code GET /act_<id>/insights?level=campaign&fields=campaign_id,
 * spend,actions&date_preset=maximum&filtering=[campaign.id IN …]}). Insights come as {@code
 * {"data": [{"campaign_id", "spend": "12.34", "actions": [{"action_type", "value"}]}], "paging"}}
 * with numbers in strings. The access token goes in the Authorization header, never in the URL.
 * Creating and pausing campaigns is {@link MetaCampaignClient}'s.
 */
public final class MetaAdsClient {
    static final String SERVICE = "Meta Ads";
    private static final int MAX_CAMPAIGNS = 500;

    private final MetaAdsSettings settings;
    private final ServiceCall call;
    private final ObjectMapper json = new ObjectMapper();

    public MetaAdsClient(OkHttpClient http, MetaAdsSettings settings) {
        this.settings = settings;
        this.call = new ServiceCall(http, SERVICE, "META", settings.accessToken(), "access token");
    }

    /** Lifetime spend and conversions of the given campaigns; campaigns without delivery have no row. */
    public List<CampaignInsight> campaignInsights(List<String> campaignIds) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        if (campaignIds.size() > MAX_CAMPAIGNS) {
            throw new IllegalArgumentException("at most " + MAX_CAMPAIGNS + " campaigns per request, got " + campaignIds.size());
        }
        HttpUrl url = call.base(settings.apiBase()).newBuilder()
                .addPathSegment(settings.adAccountId()).addPathSegment("insights")
                .addQueryParameter("level", "campaign")
                .addQueryParameter("fields", "campaign_id,campaign_name,spend,actions")
                .addQueryParameter("date_preset", "maximum")
                .addQueryParameter("filtering", filtering(campaignIds))
                .addQueryParameter("limit", String.valueOf(MAX_CAMPAIGNS))
                .build();
        ServiceCall.Reply reply = call.exchange(call.authorized(url).get().build());
        GraphErrors.check(call, reply);
        return parse(call.json(reply));
    }

    String filtering(List<String> campaignIds) {
        ArrayNode filters = json.createArrayNode();
        ArrayNode ids = filters.addObject().put("field", "campaign.id").put("operator", "IN").putArray("value");
        campaignIds.forEach(ids::add);
        try {
            return json.writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new ServiceException(SERVICE, "could not encode the campaign filter", false, e);
        }
    }

    private List<CampaignInsight> parse(JsonNode answer) {
        JsonNode data = answer.get("data");
        if (data == null || !data.isArray()) {
            throw call.unexpected("no 'data' list in the insights");
        }
        List<CampaignInsight> insights = new ArrayList<>();
        for (JsonNode row : data) {
            String campaign = JsonNumbers.text(row, "campaign_id").orElseThrow(() -> call.unexpected("an insight without 'campaign_id'"));
            BigDecimal spend = JsonNumbers.decimal(row, "spend").filter(s -> s.signum() >= 0)
                    .orElseThrow(() -> call.unexpected("campaign " + campaign + " without a 'spend'"));
            insights.add(new CampaignInsight(campaign, spend, conversions(campaign, row.get("actions"))));
        }
        return insights;
    }

    private long conversions(String campaign, JsonNode actions) {
        if (actions == null || actions.isNull()) {
            return 0;
        }
        if (!actions.isArray()) {
            throw call.unexpected("campaign " + campaign + " with 'actions' that are not a list");
        }
        long total = 0;
        for (JsonNode action : actions) {
            if (settings.conversionAction().equals(action.path("action_type").asText())) {
                total += JsonNumbers.count(action.get("value"))
                        .orElseThrow(() -> call.unexpected("campaign " + campaign + " with a conversion count that is not a number"));
            }
        }
        return total;
    }

    /** A campaign's lifetime spend (US dollars, as the ad account bills) and conversions of the configured action type. */
    public record CampaignInsight(String campaignId, BigDecimal spendUsd, long conversions) {
    }
}
