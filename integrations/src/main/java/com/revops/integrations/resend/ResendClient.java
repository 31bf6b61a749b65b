package com.revops.integrations.resend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.revops.integrations.analytics.ServiceCall;
import com.revops.integrations.http.Pause;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Resend: {@code POST /emails} ({@code {"from", "to": [...], "subject", "text", "html"}} with an
 * {@code Idempotency-Key} header, so a retry with the same key sends nothing twice) answers {@code
 * {"id"}}; {@code GET /emails/{id}} answers the email with its {@code last_event} (sent, delivered,
 * delivery_delayed, opened, clicked, bounced, complained, …). A 429 is waited out as {@code
 * Retry-After} says.
 */
public final class ResendClient {
    public static final String SERVICE = "Resend";
    static final int ATTEMPTS = 3;
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final ResendSettings settings;
    private final ServiceCall call;
    private final Pause pause;
    private final ObjectMapper json = new ObjectMapper();

    public ResendClient(OkHttpClient http, ResendSettings settings, Pause pause) {
        this.settings = settings;
        this.call = new ServiceCall(http.newBuilder().retryOnConnectionFailure(false).build(), SERVICE, "RESEND", settings.apiKey(),
                "API key");
        this.pause = pause;
    }

    /** Sends one email; returns Resend's id. */
    public String send(String to, String subject, String text, String html, String idempotencyKey) {
        ObjectNode body = json.createObjectNode().put("from", settings.from()).put("subject", subject);
        body.putArray("to").add(to);
        if (text != null) {
            body.put("text", text);
        }
        if (html != null) {
            body.put("html", html);
        }
        Request request = call.authorized(url("emails").build()).header("Idempotency-Key", idempotencyKey)
                .post(RequestBody.create(body.toString(), JSON_TYPE)).build();
        JsonNode answer = call.json(call.exchangeHonouringRetryAfter(request, pause, ATTEMPTS));
        String id = answer.path("id").asText("");
        if (id.isBlank()) {
            throw call.unexpected("no 'id' for the email sent");
        }
        return id;
    }

    /** The last event Resend has for an email ({@code delivered}, {@code opened}, {@code clicked}, …). */
    public String lastEvent(String emailId) {
        Request request = call.authorized(url("emails").addPathSegment(emailId).build()).get().build();
        JsonNode answer = call.json(call.exchangeHonouringRetryAfter(request, pause, ATTEMPTS));
        String event = answer.path("last_event").asText("");
        if (event.isBlank()) {
            throw call.unexpected("email " + emailId + " without 'last_event'");
        }
        return event;
    }

    /** A small read ({@code GET /domains}) to check the key; a sending-only key is refused there and still counts as working. */
    public String check() {
        ServiceCall.Reply reply = call.exchange(call.authorized(url("domains").build()).get().build());
        if ((reply.status() == 401 || reply.status() == 403) && reply.text().contains("restricted_api_key")) {
            return "the key can send (it is restricted to sending)";
        }
        call.json(reply);
        return "the key is valid";
    }

    private HttpUrl.Builder url(String segment) {
        return call.base(settings.apiBase()).newBuilder().addPathSegment(segment);
    }
}
