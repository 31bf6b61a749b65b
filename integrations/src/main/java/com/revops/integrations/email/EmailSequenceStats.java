package com.revops.integrations.email;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.revops.integrations.alerts.AlertRepository;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * Email sequences (PRD-019 §4.8) and how their emails do: per sequence and step the sends, opens,
 * clicks and replies of the emails sent in [as_of−30d, as_of), the reply rate week over week (the
 * reply_rate_drop alert's windows, by the alert's own query) and per day. Counted in SQL.
 */
public final class EmailSequenceStats {
    public static final Duration WINDOW = Duration.ofDays(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;

    public EmailSequenceStats(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every sequence (active first, then by name) with its steps' counts over the last 30 days. */
    public List<EmailSequence> sequences(Instant asOf) {
        return withHandle(h -> {
            Map<UUID, Map<Integer, SendCounts>> counts = new HashMap<>();
            h.createQuery("""
                            SELECT sequence_id, coalesce(step_number, 0) AS step, count(*) AS sent, count(opened_at) AS opened,
                                   count(clicked_at) AS clicked, count(replied_at) AS replied
                              FROM actp_email_sends
                             WHERE sequence_id IS NOT NULL AND sent_at >= :from AND sent_at < :to
                             GROUP BY 1, 2""")
                    .bind("from", SqlTime.bind(asOf.minus(WINDOW))).bind("to", SqlTime.bind(asOf))
                    .map((rs, ctx) -> {
                        counts.computeIfAbsent(rs.getObject("sequence_id", UUID.class), k -> new HashMap<>()).put(rs.getInt("step"),
                                new SendCounts(rs.getLong("sent"), rs.getLong("opened"), rs.getLong("clicked"), rs.getLong("replied")));
                        return 1;
                    }).list();
            return h.createQuery("""
                            SELECT id, name, trigger, steps::text AS steps, coalesce(active, false) AS active,
                                   coalesce(active, false) AND activated_at IS NOT NULL AS sending FROM actp_email_sequences
                             ORDER BY coalesce(active, false) DESC, name, id""")
                    .map((rs, ctx) -> {
                        UUID id = rs.getObject("id", UUID.class);
                        return new EmailSequence(id, rs.getString("name"), Optional.ofNullable(rs.getString("trigger")),
                                rs.getBoolean("active"), steps(rs.getString("steps"), counts.getOrDefault(id, Map.of())),
                                rs.getBoolean("sending"));
                    }).list();
        });
    }

    /** Week over week (the alert's windows) and the reply rate per local day for the last {@code days} days up to as_of. */
    public ReplyRateTrend replyRateTrend(Instant asOf, ZoneId zone, int days) {
        AlertRepository alerts = new AlertRepository(jdbi);
        long[] thisWeek = alerts.sendsAndReplies(asOf.minus(Duration.ofDays(7)), asOf);
        long[] lastWeek = alerts.sendsAndReplies(asOf.minus(Duration.ofDays(14)), asOf.minus(Duration.ofDays(7)));
        LocalDate first = asOf.atZone(zone).toLocalDate().minusDays(days - 1L);
        Instant from = first.atStartOfDay(zone).toInstant();
        Map<LocalDate, long[]> byDay = new HashMap<>();
        withHandle(h -> h.createQuery("""
                        SELECT (sent_at AT TIME ZONE :tz)::date AS day, count(*) AS sends, count(replied_at) AS replies
                          FROM actp_email_sends WHERE sent_at >= :from AND sent_at < :to GROUP BY 1""")
                .bind("tz", zone.getId()).bind("from", SqlTime.bind(from)).bind("to", SqlTime.bind(asOf))
                .map((rs, ctx) -> byDay.put(rs.getObject("day", LocalDate.class), new long[] {rs.getLong("sends"), rs.getLong("replies")}))
                .list());
        List<ReplyRateTrend.Day> series = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            long[] v = byDay.getOrDefault(day, new long[2]);
            series.add(new ReplyRateTrend.Day(day, v[0], v[1]));
        }
        return new ReplyRateTrend(thisWeek[0], thisWeek[1], lastWeek[0], lastWeek[1], series);
    }

    /** The steps of the JSON array, each with its counts; steps that have sends but no JSON entry are listed too. */
    static List<EmailSequence.Step> steps(String json, Map<Integer, SendCounts> counts) {
        List<EmailSequence.Step> steps = new ArrayList<>();
        JsonNode array = parse(json);
        int described = array.isArray() ? array.size() : 0;
        int last = Math.max(described, counts.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        for (int n = 1; n <= last; n++) {
            String description = n <= described ? describe(array.get(n - 1)) : "(not in the sequence's steps)";
            steps.add(new EmailSequence.Step(n, description, counts.getOrDefault(n, SendCounts.NONE)));
        }
        return steps;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.createArrayNode();
        }
    }

    private static String describe(JsonNode step) {
        List<String> parts = new ArrayList<>();
        if (step.hasNonNull("day")) {
            parts.add("day " + step.get("day").asText() + (step.hasNonNull("repeat") ? " (" + step.get("repeat").asText() + ")" : ""));
        }
        for (String field : new String[] {"template", "subject", "audience"}) {
            if (step.hasNonNull(field)) {
                parts.add(step.get(field).asText());
            }
        }
        return parts.isEmpty() ? step.toString() : String.join(" · ", parts);
    }

    private <T> T withHandle(HandleCallback<T, RuntimeException> work) {
        return DatabaseErrors.withHandle(jdbi, "Reading email sequences", work);
    }
}
