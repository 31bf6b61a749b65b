package com.revops.integrations.analytics;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.revops.integrations.http.ServiceException;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

/**
 * Paywall variants from Superwall: impressions, conversions and revenue per experiment variant.
 *
 * <p>Superwall documents no metrics or experiment-results endpoint. The closest documented API is
 * its ClickHouse query API — {@code POST /v2/organizations/{organization_id}/query} with an
 * organization API key ({@code data:read} scope) as a bearer token and the SQL as the request
 * body; the answer is ClickHouse's own output. This client sends one SQL query that sums the
 * paywall events per variant and asks for {@code FORMAT JSON} ({@code {"meta": …, "data":
 * [rows], "rows": n}}). The table and event names of {@link #DEFAULT_VARIANT_SQL} follow
 * Superwall's docs ({@code sw.events_rep}, JSON {@code props}; SDK events {@code paywall_open},
 * {@code transaction_complete} with {@code experiment_id} and {@code variant_id}); the column
 * names for the event name and time are our reading and may need adjusting: the operator can
 * replace the SQL with {@code superwall.variant_sql}. Parsing is tolerant: FORMAT JSON, a bare
 * list or JSONEachRow lines; numbers as numbers or strings; a few column-name spellings.
 */
public final class SuperwallClient {
    static final String SERVICE = "Superwall";
    private static final MediaType SQL_TYPE = MediaType.get("text/plain; charset=utf-8");

    /** {@code {from}} and {@code {until}} (exclusive) are replaced by ISO dates. */
    public static final String DEFAULT_VARIANT_SQL = """
            SELECT
                JSONExtractString(props, 'experiment_id') AS experiment,
                JSONExtractString(props, 'variant_id') AS variant_id,
                countIf(event_name = 'paywall_open') AS impressions,
                countIf(event_name = 'transaction_complete') AS conversions
            FROM sw.events_rep
            WHERE ts >= toDateTime('{from} 00:00:00') AND ts < toDateTime('{until} 00:00:00')
              AND NOT sandbox
              AND JSONExtractString(props, 'variant_id') != ''
            GROUP BY experiment, variant_id
            ORDER BY experiment, variant_id
            FORMAT JSON""";

    private final SuperwallSettings settings;
    private final ServiceCall call;
    private final ObjectMapper json = new ObjectMapper();

    public SuperwallClient(OkHttpClient http, SuperwallSettings settings) {
        this.settings = settings;
        this.call = new ServiceCall(http, SERVICE, "SUPERWALL", settings.apiKey(), "organization API key");
    }

    /** Variant totals over the local days {@code from}..{@code to}. */
    public List<PaywallVariant> variants(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the last day " + to + " is before the first " + from);
        }
        HttpUrl url = call.base(settings.apiBase()).newBuilder()
                .addPathSegment("v2").addPathSegment("organizations").addPathSegment(settings.organizationId())
                .addPathSegment("query").build();
        String body = sql(from, to);
        String answer = call.text(call.exchange(call.authorized(url).post(RequestBody.create(body, SQL_TYPE)).build()));
        List<PaywallVariant> variants = new ArrayList<>();
        for (JsonNode row : rows(answer)) {
            variants.add(variant(row));
        }
        return variants;
    }

    /** The SQL sent: the configured one or the default, with the dates filled in (they are ISO dates, never operator text). */
    String sql(LocalDate from, LocalDate to) {
        return settings.variantSql().orElse(DEFAULT_VARIANT_SQL)
                .replace("{from}", from.toString())
                .replace("{until}", to.plusDays(1).toString());
    }

    private List<JsonNode> rows(String answer) {
        List<JsonNode> nodes = new ArrayList<>();
        try (MappingIterator<JsonNode> values = json.readerFor(JsonNode.class).readValues(answer)) {
            while (values.hasNextValue()) {
                nodes.add(values.nextValue());
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            throw new ServiceException(SERVICE, "sent an unexpected response (not JSON) — nothing was saved", false, e);
        }
        if (nodes.size() == 1 && nodes.get(0).isObject() && nodes.get(0).has("data")) {
            return list(nodes.get(0).get("data"));
        }
        if (nodes.size() == 1 && nodes.get(0).isArray()) {
            return list(nodes.get(0));
        }
        if (nodes.stream().allMatch(JsonNode::isObject)) {
            return nodes;
        }
        throw call.unexpected("neither rows nor a 'data' list");
    }

    private List<JsonNode> list(JsonNode data) {
        if (!data.isArray()) {
            throw call.unexpected("'data' is not a list of rows");
        }
        List<JsonNode> rows = new ArrayList<>();
        data.forEach(rows::add);
        if (!rows.stream().allMatch(JsonNode::isObject)) {
            throw call.unexpected("rows that are not objects; ask for FORMAT JSON");
        }
        return rows;
    }

    private PaywallVariant variant(JsonNode row) {
        String variant = JsonNumbers.text(row, "variant_id", "variant")
                .orElseThrow(() -> call.unexpected("a row without 'variant_id'"));
        long impressions = JsonNumbers.count(row, "impressions", "paywall_opens", "views")
                .orElseThrow(() -> call.unexpected("variant " + variant + " without a count of 'impressions'"));
        long conversions = JsonNumbers.count(row, "conversions", "transactions", "conversion_count")
                .orElseThrow(() -> call.unexpected("variant " + variant + " without a count of 'conversions'"));
        Optional<BigDecimal> revenue = JsonNumbers.decimal(row, "revenue_usd", "revenue", "proceeds");
        if (revenue.isPresent() && revenue.get().signum() < 0) {
            throw call.unexpected("variant " + variant + " with negative revenue");
        }
        Optional<String> product = JsonNumbers.text(row, "product").or(settings::product);
        return new PaywallVariant(product, JsonNumbers.text(row, "experiment", "experiment_id"), variant, impressions, conversions,
                revenue);
    }
}
