package com.revops.integrations.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ninety days of engagement with the posts (likes, replies, clicks, follows, DM starts), busier on
 * the posts that did better; some engagements come from known contacts on the same platform. Also
 * the A/B tests: one clearly decided, one still short of data, one finished without a winner.
 */
final class EngagementDemo {
    static final int ENGAGEMENTS = 6_000;
    private static final int DAYS = 90;
    private static final List<String> TYPES = List.of("like", "reply", "click", "follow", "dm_start");

    private final DemoCalendar calendar;
    private final Random random = DemoDataset.random("engagement");

    EngagementDemo(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    void write(List<DemoPost> posts, List<DemoContact> contacts, DemoDataset data) {
        DemoTable log = data.define(DemoTable.withIds("actp_engagement_log", "contact_id", "platform", "engagement_type",
                "post_id", "offer_tag", "niche", "created_at"));
        Instant since = calendar.daysBefore(DAYS);
        List<DemoPost> recent = posts.stream().filter(p -> p.publishedAt().isAfter(since)).toList();
        long[] cumulative = new long[recent.size()];
        long total = 0;
        for (int i = 0; i < recent.size(); i++) {
            total += Math.max(1, recent.get(i).engagements());
            cumulative[i] = total;
        }
        Map<String, List<DemoContact>> byPlatform = byPlatform(contacts);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ENGAGEMENTS; i++) {
            int found = Arrays.binarySearch(cumulative, (long) (random.nextDouble() * total) + 1);
            DemoPost post = recent.get(found >= 0 ? found : -found - 1);
            Instant at = when(post);
            DemoContact contact = random.nextDouble() < 0.3 ? knownBy(byPlatform.get(post.platform()), at) : null;
            String type = RandomDraws.weighted(random, TYPES, 48, 15, 18, 11, 8);
            rows.add(new Object[] {contact == null ? null : contact.id(), post.platform(), type, post.postId(),
                    post.offerTag(), post.niche(), at});
        }
        rows.sort(Comparator.comparing(row -> (Instant) row[6]));
        rows.forEach(log::add);
        writeAbTests(data);
    }

    private Instant when(DemoPost post) {
        Instant at = post.publishedAt().plus(Duration.ofMillis(Math.round(RandomDraws.exponentialDays(random, 1.5) * 86_400_000d)));
        if (at.isBefore(calendar.anchor())) {
            return at;
        }
        long room = Duration.between(post.publishedAt(), calendar.anchor()).toMillis();
        return post.publishedAt().plusMillis((long) (room * random.nextDouble()));
    }

    private DemoContact knownBy(List<DemoContact> sameNetwork, Instant at) {
        if (sameNetwork == null) {
            return null;
        }
        int known = 0;
        while (known < sameNetwork.size() && sameNetwork.get(known).firstContactAt().isBefore(at)) {
            known++;
        }
        return known == 0 ? null : sameNetwork.get(random.nextInt(known));
    }

    private static Map<String, List<DemoContact>> byPlatform(List<DemoContact> contacts) {
        Map<String, List<DemoContact>> map = new HashMap<>();
        for (DemoContact contact : contacts) {
            map.computeIfAbsent(contact.profile().platform(), k -> new ArrayList<>()).add(contact);
        }
        map.values().forEach(list -> list.sort(Comparator.comparing(DemoContact::firstContactAt)));
        return map;
    }

    private void writeAbTests(DemoDataset data) {
        DemoTable tests = data.define(DemoTable.withIds("actp_ab_tests", "test_name", "variant", "metric", "impressions",
                "conversions", "status", "started_at", "ended_at", "created_at"));
        Instant postingStart = calendar.daysBefore(21);
        tests.add("posting_method", "manual", "pipeline_entries", 2410, 101, "running", postingStart, null, postingStart);
        tests.add("posting_method", "scheduled", "pipeline_entries", 2655, 66, "running", postingStart, null, postingStart);
        Instant openerStart = calendar.daysBefore(3.5);
        tests.add("dm_opener", "question_first", "reply_rate", 84, 9, "running", openerStart, null, openerStart);
        tests.add("dm_opener", "compliment_first", "reply_rate", 71, 5, "running", openerStart, null, openerStart);
        Instant hookStart = calendar.daysBefore(58);
        Instant hookEnd = calendar.daysBefore(30);
        tests.add("hook_style", "curiosity", "click_rate", 1810, 63, "completed", hookStart, hookEnd, hookStart);
        tests.add("hook_style", "contrarian", "click_rate", 1745, 59, "completed", hookStart, hookEnd, hookStart);
    }
}
