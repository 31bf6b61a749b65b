package com.revops.domain.routine;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.revops.domain.common.InvalidInputException;

/**
 * The worker's daily routine (PRD-019 §4.10) as 17 steps, each with its planned window in the
 * operator's day and the worker topics it covers (accepted as its name too). Generation steps are
 * the ones skipped when the heartbeat failed and retried once when they fail.
 */
public enum RoutineStep {
    OVERNIGHT_MAINTENANCE("overnight_maintenance", "Overnight maintenance", "03:00", "04:00", false,
            "memory.promote", "graph.sync_vault", "system.self_test"),
    HEARTBEAT("heartbeat", "Heartbeat", "06:00", "06:15", false, "system.heartbeat"),
    REVENUE_SNAPSHOT("revenue_snapshot", "Revenue snapshot", "06:00", "06:30", false, "revenue.snapshot"),
    RECALL("recall", "Recall (graph search)", "06:15", "06:45", false, "graph.search"),
    RESEARCH("research", "Research (cache-first)", "06:30", "07:15", false, "research"),
    STRATEGY("strategy", "Strategy", "07:00", "07:30", false),
    GENERATE_POSTS("generate_posts", "Generate 50 posts", "07:00", "08:00", true, "content.generate"),
    SORA_VIDEOS("sora_videos", "Sora videos", "07:30", "08:30", true, "sora.generate"),
    PUBLISH_MORNING("publish_morning", "Publish (morning)", "08:00", "08:45", false, "publish.auto"),
    PROSPECTING("prospecting", "LinkedIn prospecting and Upwork scan", "08:00", "09:00", false, "linkedin.prospect", "upwork.scan"),
    EMAIL_NURTURE("email_nurture", "Email nurture", "08:30", "09:00", false, "email.send"),
    MIDDAY_REVIEW("midday_review", "Midday checkbacks, outreach, CRM, funnel", "12:00", "13:00", false,
            "dm.process_outreach", "crm.stats", "posthog.funnel"),
    WINNER_PROMPTS("winner_prompts", "Prompts from winners", "12:30", "13:00", true, "generate_prompt"),
    AFTERNOON_BATCH("afternoon_batch", "Second batch: generate, publish, collect", "15:00", "16:00", true, "social.collect"),
    EVENING_REVIEW("evening_review", "24 h checkbacks and winners", "18:00", "19:00", false, "feedback.analysis", "metrics.winners"),
    EVENING_METRICS("evening_metrics", "Revenue, RevenueCat, Superwall, PostHog", "19:00", "20:00", false,
            "revcat.overview", "superwall.metrics", "posthog.insights"),
    DAILY_REPORT("daily_report", "Memory, daily report, summary", "20:00", "21:00", false,
            "memory.write_daily", "telegram.daily_report", "orchestrator.daily_summary");

    private final String key;
    private final String label;
    private final LocalTime start;
    private final LocalTime end;
    private final boolean generation;
    private final List<String> topics;

    RoutineStep(String key, String label, String start, String end, boolean generation, String... topics) {
        this.key = key;
        this.label = label;
        this.start = LocalTime.parse(start);
        this.end = LocalTime.parse(end);
        this.generation = generation;
        this.topics = List.of(topics);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    /** Skipped when the heartbeat failed; retried once, then skipped, when it fails. */
    public boolean generation() {
        return generation;
    }

    public List<String> topics() {
        return topics;
    }

    /** A step by its key or one of its topics, any case; anything else is refused with the list. */
    public static RoutineStep parse(String field, String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (RoutineStep step : values()) {
            if (step.key.equals(name) || step.topics.contains(name)) {
                return step;
            }
        }
        throw new InvalidInputException(field, "'" + text + "' is not a routine step; use one of " + String.join(", ",
                java.util.Arrays.stream(values()).map(RoutineStep::key).toList()));
    }

    public static Optional<RoutineStep> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
