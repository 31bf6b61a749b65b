package com.revops.integrations.resend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.integrations.analytics.SyncCounts;
import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;
import com.revops.integrations.email.EmailEventPoll;
import com.revops.integrations.email.EmailSequenceActivation;
import com.revops.integrations.email.EmailSequenceSender;
import com.revops.integrations.http.HttpClients;
import com.revops.integrations.http.ServiceException;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The trial onboarding sequence sent through a local Resend: only once the operator activated it,
 * only to contacts triggered since, never to an unsubscribed address, each step once (Idempotency-Key
 * contact × sequence × step), and the last events polled back into opened_at / clicked_at.
 */
class EmailSequenceSenderTest {
    static final String KEY = "re_123456789_FakeResendKey";
    static final Instant ACTIVATED = Instant.parse("2026-03-01T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private MockWebServer server;
    private Database db;
    private Fixtures f;
    private ResendClient resend;
    private EmailSequenceSender sender;
    private final List<Duration> waits = new ArrayList<>();
    private UUID trial;
    private UUID winBack;
    private UUID ana;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        resend = new ResendClient(HttpClients.shared(), new ResendSettings(server.url("/").toString(), KEY, "RevOps <hello@revops.test>"),
                waits::add);
        db = TestDatabase.fresh();
        f = new Fixtures(db);
        sender = new EmailSequenceSender(db.jdbi(), ZoneOffset.UTC);
        trial = sequence("Trial onboarding", "trial_started", """
                [{"day": 1, "template": "feature_highlight", "subject": "{first}, your first automation in 10 minutes",
                  "text": "Hi {first}, here is the one automation to set up first."},
                 {"day": 3, "template": "conversion_nudge", "subject": "The feature our best customers use on day 3",
                  "text": "Hi {first}, on day 3 most customers connect their CRM."}]""");
        winBack = sequence("Win-back", "subscription_churned", """
                [{"day": 0, "subject": "We rebuilt the thing you asked for", "text": "Hi {first}"}]""");
        ana = contact("ana-1", "Ana Silva", "Ana@App.io", ACTIVATED.plus(Duration.ofHours(1)));       // trial after activation
        contact("ben-1", "Ben Ortiz", "ben@app.io", ACTIVATED.minus(Duration.ofDays(2)));            // trial before: not enrolled
        contact("cy-1", "Cy Young", "cy@app.io", ACTIVATED.plus(Duration.ofHours(2)));              // unsubscribed
        contact("dee-1", "Dee Ray", null, ACTIVATED.plus(Duration.ofHours(3)));                      // no email
        db.jdbi().useHandle(h -> h.execute("INSERT INTO actp_email_unsubscribes (email, reason) VALUES ('cy@app.io', 'unsubscribed')"));
        UUID churned = contact("eve-1", "Eve Lin", "eve@app.io", null);
        f.event(churned, "churn", "29.00", ACTIVATED.plus(Duration.ofHours(5)), null, null, null);
        db.jdbi().useHandle(h -> h.execute("UPDATE actp_email_sequences SET active = true WHERE name = 'Win-back'")); // on, but never activated here
        new EmailSequenceActivation(db.jdbi()).activate(trial, ACTIVATED);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        db.close();
    }

    private UUID sequence(String name, String trigger, String steps) {
        return db.jdbi().withHandle(h -> h.createQuery("INSERT INTO actp_email_sequences (name, trigger, steps) VALUES (:n, :t, :s::jsonb) RETURNING id")
                .bind("n", name).bind("t", trigger).bind("s", steps).mapTo(UUID.class).one());
    }

    private UUID contact(String ext, String name, String email, Instant trialAt) {
        UUID id = f.contact(ext, "awareness", ACTIVATED.minus(Duration.ofDays(10)), ACTIVATED.minus(Duration.ofDays(10)), null);
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE crm_contacts SET name = :n, email = :e WHERE id = :id")
                .bind("n", name).bind("e", email).bind("id", id).execute());
        if (trialAt != null) {
            db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO actp_attribution_events (event_type, crm_contact_id, created_at) "
                    + "VALUES ('trial', :c, :at)").bind("c", id).bind("at", SqlTime.bind(trialAt)).execute());
        }
        return id;
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void sendsTheDueStepOnceToTheTriggeredSubscribedContactOnly() throws Exception {
        server.enqueue(json(200, "{\"id\": \"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794\"}"));

        EmailSequenceSender.Report report = sender.sendDue(resend, NOW);

        assertThat(report.sent()).isEqualTo(1);
        RecordedRequest post = server.takeRequest();
        assertThat(post.getMethod() + " " + post.getPath()).isEqualTo("POST /emails");
        assertThat(post.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        String key = "email:" + ana + ":" + trial + ":1";
        assertThat(post.getHeader("Idempotency-Key")).isEqualTo(key);
        JsonNode body = new ObjectMapper().readTree(post.getBody().readUtf8());
        assertThat(body).isEqualTo(new ObjectMapper().readTree("""
                {"from": "RevOps <hello@revops.test>", "subject": "Ana, your first automation in 10 minutes", "to": ["ana@app.io"],
                 "text": "Hi Ana, here is the one automation to set up first."}"""));
        assertThat(f.text("SELECT concat_ws(' ', status, step_number, resend_id, sent_at = '" + NOW + "', to_email) FROM actp_email_sends"))
                .isEqualTo("sent 1 49a3999c-0ce1-4ea6-ab68-afcd6dc2e794 t ana@app.io"); // t: sent now

        // an hour later: nothing new is due (day 3 is not yet), nothing is sent twice
        assertThat(sender.sendDue(resend, NOW.plus(Duration.ofHours(1))).sent()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(f.count("SELECT count(*) FROM actp_email_sends")).isEqualTo(1);
    }

    @Test
    void aFailedSendIsTriedAgainWithTheSameKeyAndA429IsWaitedOut() throws Exception {
        server.enqueue(json(500, "{\"statusCode\": 500, \"name\": \"internal_server_error\", \"message\": \"Something went wrong\"}"));
        assertThat(sender.sendDue(resend, NOW).failed()).isEqualTo(1);
        assertThat(f.text("SELECT status || ' ' || (sent_at IS NULL) || ' ' || error FROM actp_email_sends"))
                .startsWith("failed true Resend: is unavailable (HTTP 500");

        server.enqueue(json(429, "{\"statusCode\": 429, \"name\": \"rate_limit_exceeded\", \"message\": \"Too many requests\"}")
                .setHeader("Retry-After", "1"));
        server.enqueue(json(200, "{\"id\": \"5f0c0c3e-8b1a-4a55-9a3a-3f1a2c9d7e10\"}"));
        assertThat(sender.sendDue(resend, NOW.plus(Duration.ofMinutes(15))).sent()).isEqualTo(1);

        String first = server.takeRequest().getHeader("Idempotency-Key");
        assertThat(server.takeRequest().getHeader("Idempotency-Key")).isEqualTo(first);
        assertThat(server.takeRequest().getHeader("Idempotency-Key")).isEqualTo(first);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
        assertThat(f.texts("SELECT status FROM actp_email_sends")).containsExactly("sent");
    }

    @Test
    void aRefusedKeyStopsTheRunAndNothingIsSentForAPausedOrNeverActivatedSequence() {
        server.enqueue(json(401, "{\"statusCode\": 401, \"name\": \"validation_error\", \"message\": \"API key is invalid\"}"));
        EmailSequenceSender.Report report = sender.sendDue(resend, NOW);
        assertThat(report.notes()).singleElement().asString().startsWith("stopped: Resend: refused the API key");

        new EmailSequenceActivation(db.jdbi()).pause(trial, NOW);
        assertThat(sender.sendDue(resend, NOW.plus(Duration.ofDays(5))).sent()).isZero();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(f.count("SELECT count(*) FROM actp_email_sends WHERE sequence_id = '" + winBack + "'")).isZero();
    }

    @Test
    void lastEventsArePolledIntoOpenedAndClickedAndAComplaintUnsubscribes() throws Exception {
        server.enqueue(json(200, "{\"id\": \"49a3999c-0ce1-4ea6-ab68-afcd6dc2e794\"}"));
        sender.sendDue(resend, NOW);
        server.takeRequest();
        Instant later = NOW.plus(Duration.ofHours(2));
        server.enqueue(json(200, emailObject("opened")));
        EmailEventPoll poll = new EmailEventPoll(db.jdbi());

        assertThat(poll.poll(resend, later, false)).isEqualTo(new SyncCounts(0, 1, 0));
        assertThat(server.takeRequest().getPath()).isEqualTo("/emails/49a3999c-0ce1-4ea6-ab68-afcd6dc2e794");
        assertThat(f.text("SELECT concat_ws(' ', last_event, opened_at = '" + later + "', clicked_at IS NULL) FROM actp_email_sends"))
                .isEqualTo("opened t t");

        server.enqueue(json(200, emailObject("{\"broken")));
        assertThatThrownBy(() -> poll.poll(resend, later.plus(Duration.ofHours(1)), false)).isInstanceOf(ServiceException.class);
        assertThat(f.text("SELECT last_event FROM actp_email_sends")).isEqualTo("opened");

        server.enqueue(json(200, emailObject("clicked")));
        Instant clicked = later.plus(Duration.ofHours(2));
        assertThat(poll.poll(resend, clicked, false)).isEqualTo(new SyncCounts(0, 1, 0));
        assertThat(f.text("SELECT concat_ws(' ', last_event, opened_at = '" + later + "', clicked_at = '" + clicked + "') FROM actp_email_sends"))
                .isEqualTo("clicked t t");
        // a clicked email's last event does not change any more: it is not polled again
        assertThat(poll.poll(resend, clicked.plus(Duration.ofHours(1)), false)).isEqualTo(SyncCounts.NONE);

        db.jdbi().useHandle(h -> h.execute("UPDATE actp_email_sends SET last_event = 'delivered'"));
        server.enqueue(json(200, emailObject("complained")));
        poll.poll(resend, clicked.plus(Duration.ofHours(2)), false);
        assertThat(f.texts("SELECT email || ' ' || reason FROM actp_email_unsubscribes ORDER BY email"))
                .containsExactly("ana@app.io complained", "cy@app.io unsubscribed");
    }

    private static String emailObject(String lastEvent) {
        if (lastEvent.startsWith("{")) {
            return lastEvent;
        }
        return """
                {"object": "email", "id": "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794", "to": ["ana@app.io"], "from": "RevOps <hello@revops.test>",
                 "created_at": "2026-03-02 10:00:00.123456+00", "subject": "Ana, your first automation in 10 minutes",
                 "html": null, "text": "Hi Ana, here is the one automation to set up first.", "bcc": null, "cc": null, "reply_to": null,
                 "last_event": "%s", "scheduled_at": null, "tags": []}""".formatted(lastEvent);
    }
}
