package com.revops.integrations.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.revops.integrations.http.ServiceException;

import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;

/**
 * PostHog's Query API ({@code POST /api/projects/{project_id}/query/}, personal API key as a
 * bearer token) with a {@code FunnelsQuery}: the acquisition funnel broken down by UTM source
 * (PRD-019 §4.3), and feature-flag experiment results as a two-step funnel broken down by the
 * flag's {@code $feature/<key>} event property. Counts are PostHog's: unique persons who reached
 * each step in order within the conversion window; the date range is read in the PostHog
 * project's time zone.
 */
public final class PostHogClient {
    static final String SERVICE = "PostHog";
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final int WINDOW_DAYS = 14;
    /** Values PostHog uses for events without the property and for sources past the breakdown limit. */
    private static final Map<String, String> SPECIAL_VALUES = Map.of(
            "", SourceSteps.NONE, "$$_posthog_breakdown_null_$$", SourceSteps.NONE,
            "$$_posthog_breakdown_other_$$", SourceSteps.OTHER);

    private final PostHogSettings settings;
    private final ServiceCall call;
    private final ObjectMapper json = new ObjectMapper();

    public PostHogClient(OkHttpClient http, PostHogSettings settings) {
        this.settings = settings;
        this.call = new ServiceCall(http, SERVICE, "POSTHOG", settings.apiKey(), "personal API key");
    }

    /** The funnel page view → signup → trial → purchase per UTM source, for the local days {@code from}..{@code to}. */
    public FunnelBySource funnelBySource(LocalDate from, LocalDate to) {
        List<String> events = settings.funnelEvents();
        return new FunnelBySource(events, funnel(events, settings.breakdownProperty(), from, to));
    }

    /**
     * Exposures (persons with {@code exposureEvent}) and conversions (of those, persons who then
     * sent {@code conversionEvent}) per variant of the feature flag {@code flagKey}. Persons without
     * the flag are left out.
     */
    public List<FlagVariant> experimentResults(String flagKey, String exposureEvent, String conversionEvent, LocalDate from,
                                               LocalDate to) {
        List<FlagVariant> variants = new ArrayList<>();
        for (SourceSteps series : funnel(List.of(exposureEvent, conversionEvent), "$feature/" + flagKey, from, to)) {
            if (!series.source().equals(SourceSteps.NONE)) {
                variants.add(new FlagVariant(series.source(), series.counts().get(0), series.counts().get(1)));
            }
        }
        return variants;
    }

    private List<SourceSteps> funnel(List<String> events, String breakdown, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the funnel's last day " + to + " is before its first " + from);
        }
        HttpUrl url = call.base(settings.apiBase()).newBuilder()
                .addPathSegment("api").addPathSegment("projects").addPathSegment(settings.projectId())
                .addPathSegment("query").addPathSegment("").build();
        String body = funnelsQuery(events, breakdown, from, to);
        JsonNode answer = call.send(call.authorized(url).post(RequestBody.create(body, JSON_TYPE)).build());
        return parse(answer, events.size());
    }

    /** The request body: {@code {"query": {"kind": "FunnelsQuery", …}, "refresh": "blocking"}}. */
    String funnelsQuery(List<String> events, String breakdown, LocalDate from, LocalDate to) {
        ObjectNode root = json.createObjectNode();
        ObjectNode query = root.putObject("query");
        query.put("kind", "FunnelsQuery");
        ArrayNode series = query.putArray("series");
        for (String event : events) {
            series.addObject().put("kind", "EventsNode").put("event", event).put("name", event);
        }
        query.putObject("dateRange").put("date_from", from.toString()).put("date_to", to.toString());
        query.putObject("breakdownFilter").put("breakdown", breakdown).put("breakdown_type", "event");
        query.putObject("funnelsFilter").put("funnelOrderType", "ordered").put("funnelVizType", "steps")
                .put("funnelWindowInterval", WINDOW_DAYS).put("funnelWindowIntervalUnit", "day");
        query.put("filterTestAccounts", true);
        root.put("refresh", "blocking");
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new ServiceException(SERVICE, "could not encode the funnel query", false, e);
        }
    }

    /**
     * {@code results} holds one list of steps per breakdown value (or, without a breakdown, the
     * steps themselves); each step has its {@code count} and {@code breakdown_value}.
     */
    private List<SourceSteps> parse(JsonNode answer, int steps) {
        JsonNode results = answer.get("results");
        if (results == null || !results.isArray()) {
            throw call.unexpected("no 'results' list in the funnel answer");
        }
        Map<String, List<Long>> bySource = new LinkedHashMap<>();
        if (results.size() > 0 && results.get(0).isObject()) {
            addSeries(bySource, results, steps);
        } else {
            for (JsonNode series : results) {
                if (!series.isArray()) {
                    throw call.unexpected("a funnel series that is not a list of steps");
                }
                addSeries(bySource, series, steps);
            }
        }
        List<SourceSteps> sources = new ArrayList<>();
        bySource.forEach((source, counts) -> sources.add(new SourceSteps(source, counts)));
        return sources;
    }

    private void addSeries(Map<String, List<Long>> bySource, JsonNode series, int steps) {
        if (series.size() != steps) {
            throw call.unexpected("a funnel series with " + series.size() + " steps instead of " + steps);
        }
        List<Long> counts = new ArrayList<>();
        for (JsonNode step : series) {
            counts.add(JsonNumbers.count(step.get("count"))
                    .orElseThrow(() -> call.unexpected("a funnel step without a count")));
        }
        String source = breakdownValue(series.get(0));
        List<Long> existing = bySource.get(source);
        if (existing == null) {
            bySource.put(source, counts);
        } else {
            for (int i = 0; i < steps; i++) {
                existing.set(i, existing.get(i) + counts.get(i));
            }
        }
    }

    /** {@code breakdown_value} is a list (one value per breakdown property) in current PostHog, a plain value in older answers. */
    private static String breakdownValue(JsonNode step) {
        JsonNode value = step.path("breakdown_value");
        if (value.isArray()) {
            value = value.size() == 0 ? null : value.get(0);
        }
        if (value == null || value.isMissingNode() || value.isNull()) {
            return step.has("breakdown_value") ? SourceSteps.NONE : SourceSteps.ALL;
        }
        String text = value.asText();
        return SPECIAL_VALUES.getOrDefault(text, text);
    }

    /** The funnel per source, with the events its steps stand for. */
    public record FunnelBySource(List<String> events, List<SourceSteps> sources) {
        public FunnelBySource {
            events = List.copyOf(events);
            sources = List.copyOf(sources);
        }

        /** Each step's count over all sources. */
        public List<Long> totals() {
            long[] sums = new long[events.size()];
            for (SourceSteps source : sources) {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += source.counts().get(i);
                }
            }
            return Arrays.stream(sums).boxed().toList();
        }
    }

    /** One source's step counts, in funnel order. */
    public record SourceSteps(String source, List<Long> counts) {
        public static final String NONE = "(none)";
        public static final String OTHER = "(other)";
        public static final String ALL = "(all)";

        public SourceSteps {
            counts = List.copyOf(counts);
        }
    }

    /** One variant of a feature-flag experiment. */
    public record FlagVariant(String variant, long exposures, long conversions) {
    }
}
