package com.revops.integrations.analytics;

import okhttp3.mockwebserver.MockResponse;

/** Answers shaped like the services' documented ones. */
final class Payloads {
    private Payloads() {
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    static MockResponse json(String body) {
        return json(200, body);
    }

    /** One step of a PostHog funnel with a breakdown, as the Query API returns it. */
    static String postHogStep(String event, int order, long count, String source) {
        String breakdown = source == null ? "null" : "\"" + source + "\"";
        return """
                {"action_id": "%s", "name": "%s", "custom_name": null, "order": %d, "people": [], "count": %d,
                 "type": "events", "average_conversion_time": %s, "median_conversion_time": %s,
                 "breakdown": [%s], "breakdown_value": [%s]}""".formatted(event, event, order, count,
                order == 0 ? "null" : "3600.0", order == 0 ? "null" : "2400.0", breakdown, breakdown);
    }

    static String postHogSeries(String source, long... counts) {
        String[] events = {"$pageview", "signup", "trial_started", "purchase"};
        StringBuilder series = new StringBuilder("[");
        for (int i = 0; i < counts.length; i++) {
            series.append(i == 0 ? "" : ",").append(postHogStep(events[i], i, counts[i], source));
        }
        return series.append("]").toString();
    }

    /**
     * A FunnelsQuery answer broken down by utm_source: twitter 300/45/18/3, linkedin 90/12/5/1,
     * no source 30/6/2/0 — in all 420 clicks, 63 signups, 25 trials, 4 purchases.
     */
    static String postHogFunnel() {
        return """
                {"cache_key": "cache_2f9d1c0b7a", "is_cached": false, "last_refresh": "2026-03-02T00:15:03.112000Z",
                 "next_allowed_client_refresh": "2026-03-02T00:16:03.112000Z", "timezone": "UTC",
                 "hogql": "SELECT ...", "modifiers": {}, "query_status": null,
                 "results": [%s, %s, %s],
                 "timings": [{"k": "./total", "t": 0.412}]}""".formatted(
                postHogSeries("twitter", 300, 45, 18, 3), postHogSeries("linkedin", 90, 12, 5, 1),
                postHogSeries("$$_posthog_breakdown_null_$$", 30, 6, 2, 0));
    }

    /** RevenueCat v2 overview metrics (GET /v2/projects/{id}/metrics/overview). */
    static String revenueCatOverview(long activeSubscriptions, String mrr) {
        return """
                {"object": "overview_metrics", "currency": "USD", "metrics": [
                  {"object": "overview_metric", "id": "active_trials", "name": "Active Trials", "description": "In total",
                   "unit": "#", "period": "P0D", "value": 12, "last_updated_at": null, "last_updated_at_iso8601": null},
                  {"object": "overview_metric", "id": "active_subscriptions", "name": "Active Subscriptions", "description": "In total",
                   "unit": "#", "period": "P0D", "value": %d, "last_updated_at": null, "last_updated_at_iso8601": null},
                  {"object": "overview_metric", "id": "mrr", "name": "MRR", "description": "Monthly Recurring Revenue",
                   "unit": "$", "period": "P28D", "value": %s, "last_updated_at": 1772409600000,
                   "last_updated_at_iso8601": "2026-03-02T00:00:00Z"},
                  {"object": "overview_metric", "id": "revenue", "name": "Revenue", "description": "Last 28 days",
                   "unit": "$", "period": "P28D", "value": 812.4, "last_updated_at": 1772409600000,
                   "last_updated_at_iso8601": "2026-03-02T00:00:00Z"},
                  {"object": "overview_metric", "id": "new_customers", "name": "New Customers", "description": "Last 28 days",
                   "unit": "#", "period": "P28D", "value": 310, "last_updated_at": null, "last_updated_at_iso8601": null},
                  {"object": "overview_metric", "id": "active_users", "name": "Active Users", "description": "Last 28 days",
                   "unit": "#", "period": "P28D", "value": 1250, "last_updated_at": null, "last_updated_at_iso8601": null}
                ]}""".formatted(activeSubscriptions, mrr);
    }

    /** ClickHouse FORMAT JSON output of the variant query (64-bit counts quoted, as ClickHouse does by default). */
    static String superwallVariants() {
        return """
                {
                	"meta":
                	[
                		{"name": "experiment", "type": "String"},
                		{"name": "variant_id", "type": "String"},
                		{"name": "impressions", "type": "UInt64"},
                		{"name": "conversions", "type": "UInt64"}
                	],

                	"data":
                	[
                		{"experiment": "annual_first", "variant_id": "control", "impressions": "2140", "conversions": "73"},
                		{"experiment": "annual_first", "variant_id": "annual_first", "impressions": "2015", "conversions": "89"}
                	],

                	"rows": 2,

                	"statistics":
                	{
                		"elapsed": 0.021,
                		"rows_read": 48211,
                		"bytes_read": 3915220
                	}
                }
                """;
    }

    /** Ad-account insights at campaign level (numbers in strings, as the Graph API sends them). */
    static String metaInsights() {
        return """
                {"data": [
                  {"campaign_id": "120200000031344919", "campaign_name": "Graduated post_0007",
                   "spend": "18.40",
                   "actions": [{"action_type": "link_click", "value": "212"},
                               {"action_type": "omni_purchase", "value": "2"},
                               {"action_type": "purchase", "value": "2"}],
                   "date_start": "2026-02-20", "date_stop": "2026-03-01"},
                  {"campaign_id": "120200000031352838", "campaign_name": "Graduated post_0012",
                   "spend": "21.07",
                   "actions": [{"action_type": "link_click", "value": "96"}],
                   "date_start": "2026-02-24", "date_stop": "2026-03-01"}
                 ],
                 "paging": {"cursors": {"before": "MAZDZD", "after": "MQZDZD"}}}""";
    }
}
