package com.revops.integrations.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Graph API that keeps state, for the campaign's whole life: campaigns, ad sets, creatives and ads
 * of one ad account created by form POSTs and answered {@code {"id"}}; status set by {@code POST
 * /<campaign>} ({@code {"success": true}}) and read by {@code GET /<campaign>?fields=…}; the
 * account's insights; name filtering on the campaigns edge. A failure can be queued for the next
 * request matching "METHOD edge", either instead of the work or — "answer lost" — after it.
 */
public final class FakeGraphApi extends Dispatcher {
    public static final String ACCOUNT = "act_1029384756";
    public static final String TOKEN = "EAAGm0PX4ZCpsBAMetaToken123";
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Node(String id, String kind, String name, Map<String, String> params) {
    }

    private final AtomicLong ids = new AtomicLong(120210000000001L);
    public final Map<String, Node> nodes = Collections.synchronizedMap(new LinkedHashMap<>());
    public final Map<String, String> statuses = Collections.synchronizedMap(new LinkedHashMap<>());
    public final Map<String, String[]> insights = Collections.synchronizedMap(new LinkedHashMap<>());
    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    public volatile Consumer<String> beforeStatusChange = s -> { };

    private record Failure(String call, int status, boolean afterWork) {
    }

    /** The next request "METHOD edge" (e.g. "POST adsets", "POST status") fails with {@code status} and does nothing. */
    public void failNext(String call, int status) {
        failures.add(new Failure(call, status, false));
    }

    /** The next such request does its work, then answers {@code status}: the answer is lost on the way back. */
    public void loseAnswerOfNext(String call, int status) {
        failures.add(new Failure(call, status, true));
    }

    public List<Node> ofKind(String kind) {
        synchronized (nodes) {
            return nodes.values().stream().filter(n -> n.kind().equals(kind)).toList();
        }
    }

    public long count(String call) {
        return calls.stream().filter(call::equals).count();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
            return error(400, 190, "Invalid OAuth access token.");
        }
        HttpUrl url = request.getRequestUrl();
        List<String> path = url.pathSegments().subList(1, url.pathSize()); // after /v21.0
        Map<String, String> form = form(request.getBody().readUtf8());
        String call = name(request.getMethod(), path, form);
        calls.add(call);
        Failure failure = take(call);
        if (failure != null && !failure.afterWork()) {
            return error(failure.status(), 1, "An unknown error occurred");
        }
        MockResponse answer = work(request.getMethod(), path, url, form);
        return failure != null ? error(failure.status(), 2, "Service temporarily unavailable") : answer;
    }

    private static String name(String method, List<String> path, Map<String, String> form) {
        if (path.size() == 1) {
            return method.equals("POST") ? "POST status" : "GET node";
        }
        return method + " " + path.get(1);
    }

    private Failure take(String call) {
        synchronized (failures) {
            for (Failure f : failures) {
                if (f.call().equals(call)) {
                    failures.remove(f);
                    return f;
                }
            }
        }
        return null;
    }

    private MockResponse work(String method, List<String> path, HttpUrl url, Map<String, String> form) {
        if (path.size() == 1 && method.equals("POST")) {
            beforeStatusChange.accept(form.get("status"));
            statuses.put(path.get(0), form.get("status"));
            return ok("{\"success\": true}");
        }
        if (path.size() == 1) {
            Node node = nodes.get(path.get(0));
            if (node == null) {
                return error(400, 100, "Unsupported get request. Object with ID '" + path.get(0) + "' does not exist");
            }
            String status = statuses.getOrDefault(node.id(), "PAUSED");
            return ok("{\"id\": \"%s\", \"name\": \"%s\", \"status\": \"%s\", \"effective_status\": \"%s\"}"
                    .formatted(node.id(), node.name(), status, status));
        }
        String edge = path.get(1);
        if (method.equals("POST")) {
            String id = Long.toString(ids.getAndIncrement());
            String kind = edge;
            nodes.put(id, new Node(id, kind, form.getOrDefault("name", ""), form));
            if (kind.equals("campaigns")) {
                statuses.put(id, form.get("status"));
            }
            return ok("{\"id\": \"" + id + "\"}");
        }
        if (edge.equals("insights")) {
            return insights();
        }
        String parentKey = edge.equals("adsets") ? "campaign_id" : "adset_id";
        String kind = edge;
        String filter = url.queryParameter("filtering");
        ArrayNode data = JSON.createArrayNode();
        synchronized (nodes) {
            for (Node n : nodes.values()) {
                boolean child = path.get(0).equals(ACCOUNT) ? n.kind().equals(kind) : n.kind().equals(kind)
                        && path.get(0).equals(n.params().get(parentKey));
                if (child && (filter == null || n.name().contains(filterValue(filter)))) {
                    data.addObject().put("id", n.id()).put("name", n.name());
                }
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("data", data);
        answer.putObject("paging").putObject("cursors").put("before", "QVFIUmx").put("after", "QVFIUmx");
        return ok(answer.toString());
    }

    private MockResponse insights() {
        ArrayNode data = JSON.createArrayNode();
        insights.forEach((campaign, v) -> {
            ObjectNode row = data.addObject().put("campaign_id", campaign).put("campaign_name", nodes.get(campaign).name()).put("spend", v[0]);
            row.putArray("actions").addObject().put("action_type", "purchase").put("value", v[1]);
            row.put("date_start", "2026-03-01").put("date_stop", "2026-03-04");
        });
        return ok("{\"data\": " + data + ", \"paging\": {\"cursors\": {\"before\": \"MAZDZD\", \"after\": \"MAZDZD\"}}}");
    }

    private static String filterValue(String filtering) {
        try {
            JsonNode f = JSON.readTree(filtering).get(0);
            return f.path("value").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
        }
        return form;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static MockResponse ok(String body) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static MockResponse error(int status, int code, String message) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setBody("{\"error\": {\"message\": \"" + message + "\", \"type\": \"OAuthException\", \"code\": " + code
                        + ", \"fbtrace_id\": \"A7pVBlQd3xUq\"}}");
    }
}
