package com.revops.integrations.demo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The research cache: thirty market items over five topics. ai_automation was refreshed today; the rest are days old. */
final class MarketResearchDemo {
    private record Topic(String name, double minAgeDays, double maxAgeDays, List<String> titles) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("ai_automation", -1, -1, List.of(
                    "Founders share which AI agents actually stuck after 90 days",
                    "Browser agents vs APIs: what small teams are automating now",
                    "The ops tasks agencies hand to AI first",
                    "Cost per task: Haiku vs Sonnet for drafting outreach",
                    "Why most AI automation pilots stall in week two",
                    "Prompt libraries are the new SOPs")),
            new Topic("creator_economy", 2, 4, List.of(
                    "Short-form hooks that held attention in Q3", "Creators moving from sponsorships to products",
                    "TikTok search is eating Google for under-30s", "Carousel posts regain reach on Instagram",
                    "Newsletter-first creators report higher LTV", "What a 1% DM rate looks like")),
            new Topic("saas_growth", 5, 9, List.of(
                    "Annual-first paywalls: early results", "Reverse trials vs freemium for prosumer apps",
                    "The onboarding email that doubled activation", "Pricing pages that cut support tickets",
                    "PLG teams adding a sales assist", "Churn interviews: the three reasons that matter")),
            new Topic("linkedin_outreach", 1.5, 3, List.of(
                    "Connection notes that get accepted", "LinkedIn weekly invite limits tightened again",
                    "Voice notes in LinkedIn DMs: reply rates", "Founders posting daily for 60 days: results",
                    "Comment-first outreach beats cold DMs", "Social selling index: does it matter?")),
            new Topic("upwork_market", 3, 6, List.of(
                    "Automation jobs on Upwork up 40% year over year", "Fixed-price vs hourly for AI projects",
                    "Proposals under 150 words win more interviews", "Clients now ask for Loom intros",
                    "Top-rated badge and invite rates", "Connects pricing change: what it costs per win")));
    private static final List<String> SOURCES = List.of("reddit", "hacker_news", "x_search", "youtube", "newsletter");

    private final DemoCalendar calendar;
    private final Random random = DemoDataset.random("market");

    MarketResearchDemo(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    void write(DemoDataset data) {
        DemoTable items = data.define(DemoTable.withIds("actp_market_items", "topic", "source", "title", "url",
                "payload:jsonb", "created_at", "updated_at"));
        int number = 0;
        for (Topic topic : TOPICS) {
            for (String title : topic.titles()) {
                number++;
                String source = RandomDraws.one(random, SOURCES);
                Instant updated = topic.minAgeDays() < 0 ? calendar.today(RandomDraws.between(random, 0.05, 0.6))
                        : calendar.daysBefore(RandomDraws.between(random, topic.minAgeDays(), topic.maxAgeDays()));
                Instant created = updated.minusSeconds(RandomDraws.between(random, 60, 3_600));
                String payload = String.format(Locale.ROOT,
                        "{\"summary\": \"%s. Signals for %s.\", \"score\": %d, \"comments\": %d}",
                        title, topic.name().replace('_', ' '), RandomDraws.between(random, 40, 900), RandomDraws.between(random, 3, 240));
                items.add(topic.name(), source, title, "https://research.example.com/" + topic.name() + "/" + number,
                        payload, created, updated);
            }
        }
    }
}
