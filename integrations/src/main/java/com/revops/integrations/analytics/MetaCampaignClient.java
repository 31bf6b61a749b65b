package com.revops.integrations.analytics;

import java.math.BigDecimal;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.revops.domain.common.Money;
import com.revops.integrations.http.ServiceException;

import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Meta Marketing API writes: a graduated post becomes a campaign ({@code POST /act_<id>/campaigns},
 * created {@code PAUSED}), an ad set with the daily budget in cents and the lookalike audience
 * ({@code POST /act_<id>/adsets}), a creative promoting the page post ({@code POST
 * /act_<id>/adcreatives} with {@code object_story_id}) and the ad ({@code POST /act_<id>/ads});
 * the campaign's status is set with {@code POST /<campaign id>} ({@code {"success": true}}) and read
 * with {@code GET /<campaign id>?fields=id,name,status,effective_status}. Creations answer {@code
 * {"id": "…"}}; parameters are form fields, objects in them JSON text, as the Graph API documents.
 * Every object's name carries a tag (the local campaign's id) so a lost answer can be found again
 * instead of creating a second object ({@link #findCampaign}, {@link #findAdSet}, {@link #findAd}).
 */
public final class MetaCampaignClient {
    static final String SERVICE = MetaAdsClient.SERVICE;
    static final String OBJECTIVE = "OUTCOME_TRAFFIC";

    private final MetaAdsSettings settings;
    private final ServiceCall call;
    private final ObjectMapper json = new ObjectMapper();

    public MetaCampaignClient(OkHttpClient http, MetaAdsSettings settings) {
        this.settings = settings;
        // a write is never sent twice by the HTTP client itself: a retry is the launch's, after it looked for the object
        this.call = new ServiceCall(http.newBuilder().retryOnConnectionFailure(false).build(), SERVICE, "META", settings.accessToken(),
                "access token");
    }

    /** The campaign of the account whose name contains {@code tag}, if Meta has one. */
    public Optional<String> findCampaign(String tag) {
        return findNamed(account().addPathSegment("campaigns"), tag, true);
    }

    /** The ad set of {@code campaignId} whose name contains {@code tag}. */
    public Optional<String> findAdSet(String campaignId, String tag) {
        return findNamed(node(campaignId).addPathSegment("adsets"), tag, false);
    }

    /** The ad of {@code adSetId} whose name contains {@code tag}. */
    public Optional<String> findAd(String adSetId, String tag) {
        return findNamed(node(adSetId).addPathSegment("ads"), tag, false);
    }

    /** Creates the campaign, paused: nothing can spend before its ad set and ad exist and it is set active. */
    public String createCampaign(String name) {
        return create("campaigns", new FormBody.Builder()
                .add("name", name)
                .add("objective", OBJECTIVE)
                .add("status", "PAUSED")
                .add("special_ad_categories", "[]")
                .build());
    }

    /** The ad set: the daily budget in cents of the account's currency, the lookalike audience, link clicks. */
    public String createAdSet(String campaignId, String name, BigDecimal dailyBudgetUsd, MetaAudience audience) {
        return create("adsets", new FormBody.Builder()
                .add("name", name)
                .add("campaign_id", campaignId)
                .add("daily_budget", Money.cents(dailyBudgetUsd).movePointRight(2).toBigIntegerExact().toString())
                .add("billing_event", "IMPRESSIONS")
                .add("optimization_goal", "LINK_CLICKS")
                .add("bid_strategy", "LOWEST_COST_WITHOUT_CAP")
                .add("targeting", targeting(audience))
                .add("status", "ACTIVE")
                .build());
    }

    /** A creative that promotes an existing page post ({@code <page id>_<post id>}). */
    public String createCreative(String name, String objectStoryId) {
        return create("adcreatives", new FormBody.Builder()
                .add("name", name)
                .add("object_story_id", objectStoryId)
                .build());
    }

    public String createAd(String adSetId, String name, String creativeId) {
        ObjectNode creative = json.createObjectNode().put("creative_id", creativeId);
        return create("ads", new FormBody.Builder()
                .add("name", name)
                .add("adset_id", adSetId)
                .add("creative", creative.toString())
                .add("status", "ACTIVE")
                .build());
    }

    /** Sets the campaign ACTIVE or PAUSED; returns only when Meta answered {@code {"success": true}}. */
    public void setStatus(String campaignId, String status) {
        Request request = call.authorized(node(campaignId).build()).post(new FormBody.Builder().add("status", status).build()).build();
        JsonNode answer = answer(request);
        if (!answer.path("success").asBoolean(false)) {
            throw call.unexpected("no 'success': true for setting campaign " + campaignId + " " + status);
        }
    }

    /** The campaign's status as Meta has it: the one set ({@code status}) and the one in effect. */
    public CampaignStatus status(String campaignId) {
        HttpUrl url = node(campaignId).addQueryParameter("fields", "id,name,status,effective_status").build();
        JsonNode answer = answer(call.authorized(url).get().build());
        String status = JsonNumbers.text(answer, "status").orElseThrow(() -> call.unexpected("campaign " + campaignId + " without a 'status'"));
        return new CampaignStatus(campaignId, status, JsonNumbers.text(answer, "effective_status").orElse(status));
    }

    private Optional<String> findNamed(HttpUrl.Builder edge, String tag, boolean filter) {
        edge.addQueryParameter("fields", "id,name").addQueryParameter("limit", "100");
        if (filter) {
            ArrayNode filtering = json.createArrayNode();
            filtering.addObject().put("field", "name").put("operator", "CONTAIN").put("value", tag);
            edge.addQueryParameter("filtering", filtering.toString());
        }
        JsonNode data = answer(call.authorized(edge.build()).get().build()).get("data");
        if (data == null || !data.isArray()) {
            throw call.unexpected("no 'data' list");
        }
        for (JsonNode row : data) {
            if (row.path("name").asText("").contains(tag)) {
                return Optional.of(JsonNumbers.text(row, "id").orElseThrow(() -> call.unexpected("an object without 'id'")));
            }
        }
        return Optional.empty();
    }

    private String create(String edge, FormBody form) {
        Request request = call.authorized(account().addPathSegment(edge).build()).post(form).build();
        return JsonNumbers.text(answer(request), "id").orElseThrow(() -> call.unexpected("no 'id' for the new " + edge));
    }

    private JsonNode answer(Request request) {
        ServiceCall.Reply reply = call.exchange(request);
        GraphErrors.check(call, reply);
        return call.json(reply);
    }

    private String targeting(MetaAudience audience) {
        ObjectNode targeting = json.createObjectNode();
        ArrayNode countries = targeting.putObject("geo_locations").putArray("countries");
        audience.countries().forEach(countries::add);
        targeting.putArray("custom_audiences").addObject().put("id", audience.lookalikeAudienceId());
        try {
            return json.writeValueAsString(targeting);
        } catch (JsonProcessingException e) {
            throw new ServiceException(SERVICE, "could not encode the targeting", false, e);
        }
    }

    private HttpUrl.Builder account() {
        return call.base(settings.apiBase()).newBuilder().addPathSegment(settings.adAccountId());
    }

    private HttpUrl.Builder node(String id) {
        return call.base(settings.apiBase()).newBuilder().addPathSegment(id);
    }

    /** What Meta says of a campaign: {@code status} (ACTIVE, PAUSED, DELETED, ARCHIVED) and {@code effective_status}. */
    public record CampaignStatus(String campaignId, String status, String effectiveStatus) {
        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }
}
