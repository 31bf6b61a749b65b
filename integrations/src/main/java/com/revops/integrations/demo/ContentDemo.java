package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * 120 days of posts with their performance. Scores stay below 8.0 except for a handful of
 * winners: four Instagram posts that feed the ad campaigns (three graduated, one proposed and still
 * organic) and five more organic winners waiting to be graduated.
 */
final class ContentDemo {
    static final int POSTS = 240;
    private static final int DAYS = 120;
    /** Days before today of the posts behind the completed, paused, active and proposed campaigns. */
    private static final int[] AD_SOURCE_DAYS = {75, 16, 12, 5};
    private static final int EXTRA_WINNERS = 5;

    private static final List<String> HOOKS = List.of("curiosity", "contrarian", "story", "listicle", "how_to");
    private static final List<String> FRAMEWORKS = List.of("PAS", "AIDA", "BAB", "hook_story_offer");

    private final DemoCalendar calendar;
    private final DemoCatalog catalog;
    private final Random random = DemoDataset.random("content");
    private final List<DemoPost> posts = new ArrayList<>();
    private final List<DemoPost> adSources = new ArrayList<>();

    ContentDemo(DemoCalendar calendar, DemoCatalog catalog) {
        this.calendar = calendar;
        this.catalog = catalog;
    }

    /** Oldest first: post_0001 is the oldest. */
    List<DemoPost> posts() {
        return List.copyOf(posts);
    }

    /** The posts behind the completed, paused, active and proposed ad campaigns, in that order. */
    List<DemoPost> adSources() {
        return List.copyOf(adSources);
    }

    void write(DemoDataset data) {
        List<Double> ages = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            ages.add(RandomDraws.between(random, 0.3, DAYS));
        }
        ages.sort(Comparator.reverseOrder());
        for (int i = 0; i < POSTS; i++) {
            posts.add(post(i + 1, ages.get(i)));
        }
        promoteWinners();
        DemoTable table = data.define(DemoTable.withIds("actp_content_performance", "post_id", "platform", "content_type",
                "hook_category", "niche", "framework", "offer_tag", "impressions", "engagements", "clicks", "dm_starts",
                "engagement_score", "status", "published_at", "created_at"));
        for (DemoPost p : posts) {
            table.add(p.postId(), p.platform(), p.contentType(), p.hookCategory(), p.niche(), p.framework(), p.offerTag(),
                    p.impressions(), p.engagements(), p.clicks(), p.dmStarts(), p.engagementScore(), p.status(),
                    p.publishedAt(), p.publishedAt());
        }
    }

    private DemoPost post(int number, double age) {
        String platform = RandomDraws.weighted(random, List.of("twitter", "linkedin", "instagram", "tiktok", "threads"), 30, 20, 20, 15, 15);
        double score = 1.0 + 6.9 * Math.pow(random.nextDouble(), 1.4);
        return measured(String.format("post_%04d", number), platform, contentType(platform),
                RandomDraws.one(random, HOOKS), RandomDraws.one(random, ContactProfiles.NICHES),
                RandomDraws.one(random, FRAMEWORKS), offerFor(platform), score, calendar.daysBefore(age));
    }

    private DemoPost measured(String postId, String platform, String type, String hook, String niche, String framework,
                              String offer, double score, Instant publishedAt) {
        int impressions = (int) Math.round(Math.exp(Math.log(500) + random.nextDouble() * Math.log(120)));
        double engagementRate = (0.006 + score / 10 * 0.07) * RandomDraws.between(random, 0.85, 1.15);
        int engagements = (int) Math.round(impressions * engagementRate);
        int clicks = (int) Math.round(impressions * RandomDraws.between(random, 0.002, 0.02) * (0.5 + score / 10));
        int dmStarts = (int) Math.round(clicks * RandomDraws.between(random, 0.02, 0.10));
        BigDecimal engagementScore = BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP);
        return new DemoPost(postId, platform, type, hook, niche, framework, offer, impressions, engagements, clicks,
                dmStarts, engagementScore, "organic_only", publishedAt);
    }

    private void promoteWinners() {
        for (int i = 0; i < AD_SOURCE_DAYS.length; i++) {
            int index = nearest(calendar.daysBefore(AD_SOURCE_DAYS[i]));
            String status = i < 3 ? "graduated" : "organic_only";
            DemoPost winner = rescored(posts.get(index), "instagram", 8.4 + 0.3 * i).withStatus(status);
            posts.set(index, winner);
            adSources.add(winner);
        }
        for (int i = 0; i < EXTRA_WINNERS; i++) {
            int index = nearest(calendar.daysBefore(3 + 6 * i));
            posts.set(index, rescored(posts.get(index), posts.get(index).platform(), 8.0 + 0.35 * i));
        }
    }

    /** The post published nearest to {@code when} that is not a winner yet. */
    private int nearest(Instant when) {
        int best = -1;
        long bestGap = Long.MAX_VALUE;
        for (int i = 0; i < posts.size(); i++) {
            long gap = Math.abs(posts.get(i).publishedAt().toEpochMilli() - when.toEpochMilli());
            if (posts.get(i).engagementScore().doubleValue() < 8.0 && gap < bestGap) {
                best = i;
                bestGap = gap;
            }
        }
        return best;
    }

    private DemoPost rescored(DemoPost post, String platform, double score) {
        String type = platform.equals(post.platform()) ? post.contentType() : contentType(platform);
        String offer = platform.equals(post.platform()) ? post.offerTag() : offerFor(platform);
        return measured(post.postId(), platform, type, post.hookCategory(), post.niche(), post.framework(), offer, score,
                post.publishedAt());
    }

    private String contentType(String platform) {
        return switch (platform) {
            case "twitter" -> RandomDraws.weighted(random, List.of("thread", "tweet"), 55, 45);
            case "linkedin" -> RandomDraws.weighted(random, List.of("article", "carousel"), 50, 50);
            case "instagram" -> RandomDraws.weighted(random, List.of("carousel", "short_video"), 50, 50);
            case "tiktok" -> "short_video";
            default -> RandomDraws.weighted(random, List.of("thread", "tweet"), 60, 40);
        };
    }

    private String offerFor(String platform) {
        List<DemoCatalog.Offer> fitting = catalog.offers().stream().filter(o -> o.fits(platform)).toList();
        return random.nextDouble() < 0.1 ? null : RandomDraws.one(random, fitting).tag();
    }
}
