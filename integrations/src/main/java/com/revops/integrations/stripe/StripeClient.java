package com.revops.integrations.stripe;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.revops.domain.common.RevenueEventType;
import com.revops.integrations.analytics.ServiceCall;
import com.revops.integrations.http.Pause;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Stripe, read only, API version pinned ({@code Stripe-Version: 2024-06-20}) so the shapes below
 * hold: {@code GET /v1/charges}, {@code /v1/invoices?status=paid}, {@code
 * /v1/subscriptions?status=canceled}, each a list {@code {"object": "list", "data": [...],
 * "has_more"}} walked with {@code starting_after=<last id>}, 100 a page, the customer expanded.
 * Amounts are integers in the currency's smallest unit; times are Unix seconds. A 429 is waited out
 * as its {@code Retry-After} says (at most {@link #ATTEMPTS} tries). Any failure throws before
 * anything is returned, so the caller writes a whole pull or nothing.
 */
public final class StripeClient {
    public static final String SERVICE = "Stripe";
    static final String API_VERSION = "2024-06-20";
    static final int PAGE = 100;
    static final int ATTEMPTS = 4;
    /** ISO codes whose amounts Stripe gives in whole units (no cents). */
    private static final Set<String> ZERO_DECIMAL = Set.of("bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx",
            "vnd", "vuv", "xaf", "xof", "xpf");

    private final StripeSettings settings;
    private final ServiceCall call;
    private final Pause pause;

    public StripeClient(OkHttpClient http, StripeSettings settings, Pause pause) {
        this.settings = settings;
        this.call = new ServiceCall(http, SERVICE, "STRIPE", settings.apiKey(), "API key");
        this.pause = pause;
    }

    /** Succeeded one-off charges, net of refunds; a charge paying an invoice is left to {@link #paidInvoices}. */
    public List<StripePayment> charges() {
        List<StripePayment> payments = new ArrayList<>();
        for (JsonNode charge : list("charges", "expand[]", "data.customer")) {
            if (!"succeeded".equals(charge.path("status").asText()) || hasId(charge.get("invoice"))) {
                continue;
            }
            String currency = currency(charge);
            long net = cents(charge, "amount") - charge.path("amount_refunded").asLong(0);
            JsonNode customer = charge.path("customer");
            payments.add(new StripePayment(id(charge), RevenueEventType.DEAL_WON, major(net, currency), currency, at(charge, "created"),
                    text(charge.path("billing_details").get("email")).or(() -> text(charge.get("receipt_email")))
                            .or(() -> text(customer.get("email"))),
                    text(charge.path("billing_details").get("name")).or(() -> text(customer.get("name"))), customerId(customer),
                    text(charge.path("metadata").get("offer_tag"))));
        }
        return payments;
    }

    /** Paid invoices: of a subscription they are recurring payments, otherwise one-off deals. */
    public List<StripePayment> paidInvoices() {
        List<StripePayment> payments = new ArrayList<>();
        for (JsonNode invoice : list("invoices", "status", "paid")) {
            long paid = cents(invoice, "amount_paid");
            if (paid == 0) {
                continue; // a trial's $0 invoice
            }
            String currency = currency(invoice);
            JsonNode paidAt = invoice.path("status_transitions").get("paid_at");
            Instant at = paidAt != null && paidAt.canConvertToLong() ? Instant.ofEpochSecond(paidAt.asLong()) : at(invoice, "created");
            RevenueEventType type = hasId(invoice.get("subscription")) ? RevenueEventType.RECURRING_PAYMENT : RevenueEventType.DEAL_WON;
            payments.add(new StripePayment(id(invoice), type, major(paid, currency), currency, at, text(invoice.get("customer_email")),
                    text(invoice.get("customer_name")), customerId(invoice.path("customer")), text(invoice.path("metadata").get("offer_tag"))));
        }
        return payments;
    }

    /** Canceled subscriptions as churn: the monthly value lost, at the cancellation. */
    public List<StripePayment> canceledSubscriptions() {
        List<StripePayment> churn = new ArrayList<>();
        for (JsonNode subscription : list("subscriptions", "status", "canceled", "expand[]", "data.customer")) {
            JsonNode items = subscription.path("items").get("data");
            if (items == null || !items.isArray()) {
                throw call.unexpected("subscription " + id(subscription) + " without 'items'");
            }
            BigDecimal monthly = BigDecimal.ZERO;
            String currency = currency(subscription);
            for (JsonNode item : items) {
                monthly = monthly.add(monthlyValue(item, currency));
            }
            JsonNode canceledAt = subscription.get("canceled_at");
            Instant at = canceledAt != null && canceledAt.canConvertToLong() ? Instant.ofEpochSecond(canceledAt.asLong())
                    : at(subscription, "ended_at");
            JsonNode customer = subscription.path("customer");
            churn.add(new StripePayment(id(subscription), RevenueEventType.CHURN, monthly.setScale(2, RoundingMode.HALF_UP), currency, at,
                    text(customer.get("email")), text(customer.get("name")), customerId(customer),
                    text(subscription.path("metadata").get("offer_tag"))));
        }
        return churn;
    }

    /** unit_amount × quantity per interval, as a month: a year ÷ 12, a week × 52 ÷ 12, a day × 365 ÷ 12, ÷ interval_count. */
    private BigDecimal monthlyValue(JsonNode item, String currency) {
        JsonNode price = item.path("price");
        long unit = cents(price, "unit_amount");
        long quantity = item.path("quantity").asLong(1);
        BigDecimal perInterval = major(unit * quantity, currency);
        JsonNode recurring = price.path("recurring");
        BigDecimal months = switch (recurring.path("interval").asText("month")) {
            case "year" -> BigDecimal.valueOf(12);
            case "week" -> BigDecimal.valueOf(12).divide(BigDecimal.valueOf(52), 10, RoundingMode.HALF_UP);
            case "day" -> BigDecimal.valueOf(12).divide(BigDecimal.valueOf(365), 10, RoundingMode.HALF_UP);
            default -> BigDecimal.ONE;
        };
        months = months.multiply(BigDecimal.valueOf(Math.max(1, recurring.path("interval_count").asLong(1))));
        return perInterval.divide(months, 10, RoundingMode.HALF_UP);
    }

    /** One small read (the newest charge), to check the key and the base URL. */
    public void check() {
        HttpUrl url = call.base(settings.apiBase()).newBuilder().addPathSegments("v1/charges").addQueryParameter("limit", "1").build();
        JsonNode page = call.json(call.exchangeHonouringRetryAfter(call.authorized(url).header("Stripe-Version", API_VERSION).get().build(),
                pause, ATTEMPTS));
        if (!"list".equals(page.path("object").asText())) {
            throw call.unexpected("no list of charges");
        }
    }

    /** Every object of a list endpoint, page after page ({@code starting_after} the last id while {@code has_more}). */
    List<JsonNode> list(String resource, String... query) {
        List<JsonNode> all = new ArrayList<>();
        Optional<String> after = Optional.empty();
        while (true) {
            HttpUrl.Builder url = call.base(settings.apiBase()).newBuilder().addPathSegment("v1").addPathSegment(resource)
                    .addQueryParameter("limit", String.valueOf(PAGE));
            for (int i = 0; i + 1 < query.length; i += 2) {
                url.addQueryParameter(query[i], query[i + 1]);
            }
            after.ifPresent(a -> url.addQueryParameter("starting_after", a));
            Request request = call.authorized(url.build()).header("Stripe-Version", API_VERSION).get().build();
            JsonNode page = call.json(call.exchangeHonouringRetryAfter(request, pause, ATTEMPTS));
            JsonNode data = page.get("data");
            if (!"list".equals(page.path("object").asText()) || data == null || !data.isArray()) {
                throw call.unexpected("no list of " + resource);
            }
            data.forEach(all::add);
            if (!page.path("has_more").asBoolean(false) || data.isEmpty()) {
                return all;
            }
            after = Optional.of(id(data.get(data.size() - 1)));
        }
    }

    private String id(JsonNode object) {
        return text(object.get("id")).orElseThrow(() -> call.unexpected("an object without 'id'"));
    }

    private long cents(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.canConvertToLong() || value.asLong() < 0) {
            throw call.unexpected(text(object.get("id")).orElse("an object") + " without a whole '" + field + "'");
        }
        return value.asLong();
    }

    private Instant at(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw call.unexpected(text(object.get("id")).orElse("an object") + " without '" + field + "'");
        }
        return Instant.ofEpochSecond(value.asLong());
    }

    private String currency(JsonNode object) {
        return text(object.get("currency")).map(c -> c.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> call.unexpected(text(object.get("id")).orElse("an object") + " without 'currency'"));
    }

    private static BigDecimal major(long smallest, String currency) {
        return ZERO_DECIMAL.contains(currency) ? BigDecimal.valueOf(smallest).setScale(2) : BigDecimal.valueOf(smallest, 2);
    }

    /** An id field that is set: a string, or an expanded object with an id. */
    private static boolean hasId(JsonNode node) {
        return node != null && (node.isTextual() && !node.asText().isBlank() || node.isObject() && node.hasNonNull("id"));
    }

    private static Optional<String> customerId(JsonNode customer) {
        return customer.isTextual() ? text(customer) : text(customer.get("id"));
    }

    private static Optional<String> text(JsonNode node) {
        return Optional.ofNullable(node).filter(JsonNode::isTextual).map(JsonNode::asText).map(String::strip).filter(s -> !s.isEmpty());
    }
}
