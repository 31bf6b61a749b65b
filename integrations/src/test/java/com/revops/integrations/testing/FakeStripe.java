package com.revops.integrations.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Stripe's list endpoints with payloads shaped as API version 2024-06-20 documents them: charges in
 * two pages ({@code has_more}, {@code starting_after}), paid invoices, canceled subscriptions with
 * the customer expanded. Queued answers (401, 429 with Retry-After, 5xx, broken JSON) are served
 * first, to whichever request comes next.
 *
 * <p>The account, worked by hand: charge {@code ch_3PaA1} $3,500.00 by Dana@Example.com; {@code
 * ch_3PaA2} $997.00 less a $197.00 refund = $800.00 by Lee Park (lee@newco.io, only on the expanded
 * customer); {@code ch_3PaA3} failed; {@code ch_3PaA4} pays an invoice (counted there). Invoice
 * {@code in_1PaB1} $29.00 of subscription {@code sub_1PaC9} (ana@app.io); {@code in_1PaB2} $1,500.00
 * one-off (dana@example.com); {@code in_1PaB3} $0.00 (a trial). Subscription {@code sub_1PaC9}
 * ($290.00 a year) canceled: churn of $290 ÷ 12 = $24.17 a month.
 */
public final class FakeStripe extends Dispatcher {
    public static final String KEY = "sk_test_51PaFakeKey0123456789";
    public final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<MockResponse> queued = Collections.synchronizedList(new ArrayList<>());
    /** Cents refunded on ch_3PaA2 (a later pull may see a bigger refund). */
    public volatile long refundedOnSecondCharge = 19700;

    public void enqueue(MockResponse response) {
        queued.add(response);
    }

    public static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        synchronized (queued) {
            if (!queued.isEmpty()) {
                return queued.remove(0);
            }
        }
        if (!("Bearer " + KEY).equals(request.getHeader("Authorization"))) {
            return json(401, "{\"error\": {\"message\": \"Invalid API Key provided: sk_test_****\", \"type\": \"invalid_request_error\"}}");
        }
        HttpUrl url = request.getRequestUrl();
        return switch (url.encodedPath()) {
            case "/v1/charges" -> json(200, url.queryParameter("starting_after") == null ? chargesPage1() : chargesPage2());
            case "/v1/invoices" -> json(200, invoices());
            case "/v1/subscriptions" -> json(200, subscriptions());
            default -> json(404, "{\"error\": {\"message\": \"Unrecognized request URL (GET: " + url.encodedPath() + ")\", "
                    + "\"type\": \"invalid_request_error\"}}");
        };
    }

    private static String list(String url, boolean hasMore, String... data) {
        return "{\"object\": \"list\", \"url\": \"" + url + "\", \"has_more\": " + hasMore + ", \"data\": [" + String.join(",", data) + "]}";
    }

    static String charge(String id, long amount, long refunded, String status, String billingEmail, String billingName, String customer,
                         String invoice) {
        return """
                {"id": "%s", "object": "charge", "amount": %d, "amount_captured": %d, "amount_refunded": %d, "balance_transaction": "txn_1%s",
                 "billing_details": {"address": {"city": null, "country": "US", "line1": null, "line2": null, "postal_code": "94103", "state": null},
                                     "email": %s, "name": %s, "phone": null},
                 "captured": true, "created": 1772445600, "currency": "usd", "customer": %s, "description": null, "disputed": false,
                 "invoice": %s, "livemode": false, "metadata": {}, "paid": %s, "payment_intent": "pi_3%s", "payment_method": "pm_1%s",
                 "receipt_email": null, "refunded": %s, "status": "%s"}""".formatted(id, amount, amount, refunded, id,
                quoted(billingEmail), quoted(billingName), customer == null ? "null" : customer, quoted(invoice),
                !"failed".equals(status), id, id, refunded == amount, status);
    }

    private String chargesPage1() {
        return list("/v1/charges", true,
                charge("ch_3PaA1", 350000, 0, "succeeded", "Dana@Example.com", "Dana Reyes", "null", null),
                charge("ch_3PaA2", 99700, refundedOnSecondCharge, "succeeded", null, null,
                        "{\"id\": \"cus_QxLee\", \"object\": \"customer\", \"email\": \"lee@newco.io\", \"name\": \"Lee Park\", \"created\": 1772000000}",
                        null),
                charge("ch_3PaA3", 150000, 0, "failed", "nobody@example.com", "No Body", "null", null));
    }

    private static String chargesPage2() {
        return list("/v1/charges", false, charge("ch_3PaA4", 2900, 0, "succeeded", "ana@app.io", "Ana Silva", "\"cus_QxAna\"", "in_1PaB1"));
    }

    static String invoice(String id, long paid, String subscription, String email, String name, String customer) {
        return """
                {"id": "%s", "object": "invoice", "amount_due": %d, "amount_paid": %d, "amount_remaining": 0, "billing_reason": "%s",
                 "created": 1772359200, "currency": "usd", "customer": "%s", "customer_email": "%s", "customer_name": "%s",
                 "lines": {"object": "list", "data": [], "has_more": false, "url": "/v1/invoices/%s/lines"},
                 "livemode": false, "metadata": {}, "paid": true, "status": "paid",
                 "status_transitions": {"finalized_at": 1772359200, "marked_uncollectible_at": null, "paid_at": 1772362800, "voided_at": null},
                 "subscription": %s, "total": %d}""".formatted(id, paid, paid, subscription == null ? "manual" : "subscription_cycle",
                customer, email, name, id, quoted(subscription), paid);
    }

    private static String invoices() {
        return list("/v1/invoices", false,
                invoice("in_1PaB1", 2900, "sub_1PaC9", "ana@app.io", "Ana Silva", "cus_QxAna"),
                invoice("in_1PaB2", 150000, null, "dana@example.com", "Dana Reyes", "cus_QxDana"),
                invoice("in_1PaB3", 0, "sub_1PaC7", "trial@app.io", "Trial User", "cus_QxTrial"));
    }

    private static String subscriptions() {
        return list("/v1/subscriptions", false, """
                {"id": "sub_1PaC9", "object": "subscription", "cancel_at_period_end": false, "canceled_at": 1772452800, "created": 1740000000,
                 "currency": "usd", "customer": {"id": "cus_QxAna", "object": "customer", "email": "ana@app.io", "name": "Ana Silva"},
                 "ended_at": 1772452800,
                 "items": {"object": "list", "data": [{"id": "si_Pa1", "object": "subscription_item", "quantity": 1,
                   "price": {"id": "price_1PaYear", "object": "price", "currency": "usd", "unit_amount": 29000,
                             "recurring": {"interval": "year", "interval_count": 1, "usage_type": "licensed"}, "type": "recurring"}}],
                   "has_more": false, "url": "/v1/subscription_items?subscription=sub_1PaC9"},
                 "livemode": false, "metadata": {}, "status": "canceled"}""");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
