package com.revops.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.revops.integrations.db.Database;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.analytics.SyncCounts;
import com.revops.integrations.testing.FakeStripe;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Stripe into actp_revenue_events against a fake Stripe (FakeStripe documents the account, worked by hand). */
class StripeRevenueTest {
    private MockWebServer server;
    private FakeStripe stripe;
    private Database db;
    private Fixtures f;
    private final List<Duration> waits = new ArrayList<>();
    private StripeClient client;
    private StripeRevenue revenue;

    @BeforeEach
    void start() throws IOException {
        stripe = new FakeStripe();
        server = new MockWebServer();
        server.setDispatcher(stripe);
        server.start();
        client = new StripeClient(HttpClients.shared(), new StripeSettings(server.url("/").toString(), FakeStripe.KEY), waits::add);
        db = TestDatabase.fresh();
        f = new Fixtures(db);
        revenue = new StripeRevenue(db.jdbi());
        f.contact("demo-dana", "decision", Instant.parse("2026-02-20T10:00:00Z"), Instant.parse("2026-01-05T10:00:00Z"), "ai_automation");
        db.jdbi().useHandle(h -> h.execute("UPDATE crm_contacts SET email = 'dana@EXAMPLE.com' WHERE external_id = 'demo-dana'"));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        db.close();
    }

    @Test
    void chargesInvoicesAndCancellationsBecomeRevenueEventsMatchedToContactsByEmail() throws Exception {
        SyncCounts counts = revenue.pull(client);

        assertThat(counts).isEqualTo(new SyncCounts(5, 0, 0));
        assertThat(f.texts("SELECT external_id || ' ' || event_type || ' ' || amount || ' ' || currency || ' ' || source "
                + "FROM actp_revenue_events ORDER BY external_id")).containsExactly(
                "ch_3PaA1 deal_won 3500.00 USD stripe",
                "ch_3PaA2 deal_won 800.00 USD stripe",      // $997.00 − $197.00 refunded
                "in_1PaB1 recurring_payment 29.00 USD stripe",
                "in_1PaB2 deal_won 1500.00 USD stripe",
                "sub_1PaC9 churn 24.17 USD stripe");        // $290.00 a year ÷ 12
        // Dana (any case) is the existing contact; Lee and Ana are new, source stripe; the failed charge and $0 invoice are not revenue
        assertThat(f.texts("SELECT coalesce(c.external_id, '?') || ' ' || e.external_id FROM actp_revenue_events e "
                + "JOIN crm_contacts c ON c.id = e.contact_id ORDER BY e.external_id")).containsExactly(
                "demo-dana ch_3PaA1", "stripe:cus_QxLee ch_3PaA2", "stripe:cus_QxAna in_1PaB1", "demo-dana in_1PaB2",
                "stripe:cus_QxAna sub_1PaC9");
        assertThat(f.texts("SELECT name || ' ' || email || ' ' || source || ' ' || stage FROM crm_contacts WHERE source = 'stripe' ORDER BY name"))
                .containsExactly("Ana Silva ana@app.io stripe closed_won", "Lee Park lee@newco.io stripe closed_won");
        // the open contact who paid moved to closed_won once, at the charge's time
        assertThat(f.texts("SELECT from_stage || '→' || to_stage || ' ' || transitioned_at FROM actp_stage_transitions"))
                .containsExactly("decision→closed_won " + f.text("SELECT to_timestamp(1772445600)::timestamptz::text"));
        // revenue 3500 + 800 + 29 + 1500 = 5829.00; churn apart 24.17
        assertThat(f.text("SELECT sum(amount)::text FROM actp_revenue_events WHERE event_type <> 'churn'")).isEqualTo("5829.00");

        RecordedRequest first = stripe.requests.get(0);
        assertThat(first.getHeader("Authorization")).isEqualTo("Bearer " + FakeStripe.KEY);
        assertThat(first.getHeader("Stripe-Version")).isEqualTo("2024-06-20");
        assertThat(first.getRequestUrl().queryParameter("limit")).isEqualTo("100");
        assertThat(first.getRequestUrl().queryParameter("expand[]")).isEqualTo("data.customer");
        assertThat(stripe.requests.get(1).getRequestUrl().queryParameter("starting_after")).isEqualTo("ch_3PaA3");
        assertThat(stripe.requests.get(2).getRequestUrl().queryParameter("status")).isEqualTo("paid");
        assertThat(stripe.requests.get(3).getRequestUrl().queryParameter("status")).isEqualTo("canceled");
    }

    @Test
    void aSecondPullAddsNothingAndALaterRefundUpdatesTheAmount() {
        revenue.pull(client);
        assertThat(revenue.pull(client)).isEqualTo(new SyncCounts(0, 0, 5));
        stripe.refundedOnSecondCharge = 99700;
        assertThat(revenue.pull(client)).isEqualTo(new SyncCounts(0, 1, 4));
        assertThat(f.text("SELECT amount::text FROM actp_revenue_events WHERE external_id = 'ch_3PaA2'")).isEqualTo("0.00");
        assertThat(f.count("SELECT count(*) FROM actp_revenue_events")).isEqualTo(5);
        assertThat(f.count("SELECT count(*) FROM crm_contacts")).isEqualTo(3);
    }

    @Test
    void aTooManyRequestsAnswerIsWaitedOutAsRetryAfterSays() {
        stripe.enqueue(FakeStripe.json(429, "{\"error\": {\"message\": \"Too many requests\", \"type\": \"rate_limit_error\"}}")
                .setHeader("Retry-After", "2"));

        assertThat(revenue.pull(client)).isEqualTo(new SyncCounts(5, 0, 0));
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aRefusedKeyABusyServiceOrAnErrorMidwayWritesNothing() {
        stripe.enqueue(FakeStripe.json(401, "{\"error\": {\"message\": \"Invalid API Key provided: sk_test_****6789\", "
                + "\"type\": \"invalid_request_error\"}}"));
        assertThatThrownBy(() -> revenue.pull(client)).isInstanceOf(ServiceException.class)
                .hasMessageContaining("check your Stripe API key").hasMessageNotContaining(FakeStripe.KEY)
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());

        for (int i = 0; i < StripeClient.ATTEMPTS; i++) {
            stripe.enqueue(FakeStripe.json(429, "{\"error\": {\"type\": \"rate_limit_error\"}}").setHeader("Retry-After", "1"));
        }
        assertThatThrownBy(() -> revenue.pull(client)).hasMessageContaining("HTTP 429, Retry-After 1 s")
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isTrue());

        // the first page of charges arrives, the second fails: nothing of the first is kept
        stripe.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
                .setBody("{\"object\": \"list\", \"url\": \"/v1/charges\", \"has_more\": true, \"data\": [{\"id\": \"ch_x\", \"object\": \"charge\", "
                        + "\"amount\": 100, \"amount_refunded\": 0, \"status\": \"succeeded\", \"created\": 1772445600, \"currency\": \"usd\", "
                        + "\"invoice\": null, \"billing_details\": {\"email\": \"x@y.io\"}, \"customer\": null, \"metadata\": {}}]}"));
        stripe.enqueue(FakeStripe.json(503, "{\"error\": {\"message\": \"Stripe is temporarily unavailable\", \"type\": \"api_error\"}}"));
        assertThatThrownBy(() -> revenue.pull(client)).hasMessageContaining("is unavailable (HTTP 503")
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isTrue());

        stripe.enqueue(FakeStripe.json(200, "{\"object\": \"list\", \"data\": [{\"id\": \"ch_1\", "));
        assertThatThrownBy(() -> revenue.pull(client)).hasMessageContaining("not JSON")
                .satisfies(e -> assertThat(((ServiceException) e).retryable()).isFalse());
        stripe.enqueue(FakeStripe.json(200, "{\"object\": \"list\", \"has_more\": false, \"data\": [{\"id\": \"ch_1\", \"object\": \"charge\", "
                + "\"status\": \"succeeded\", \"currency\": \"usd\", \"created\": 1772445600}]}"));
        assertThatThrownBy(() -> revenue.pull(client)).hasMessageContaining("ch_1 without a whole 'amount'");

        assertThat(f.count("SELECT count(*) FROM actp_revenue_events")).isZero();
        assertThat(f.count("SELECT count(*) FROM crm_contacts")).isEqualTo(1);
    }
}
