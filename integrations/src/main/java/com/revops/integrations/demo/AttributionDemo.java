package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Ninety days of attribution events (PRD-019 §4.5): about 3,000 clicks on the posts' links, 300
 * signups, 100 trials, 30 purchases and two churns, each with every dimension filled. Paid clicks
 * are the ad campaigns' clicks, with their cost; the campaigns' purchases are among the purchases.
 */
final class AttributionDemo {
    private static final int ORGANIC_CLICKS = 2_820;
    private static final int ORGANIC_SIGNUPS = 285;
    private static final int ORGANIC_TRIALS = 87;
    private static final int ORGANIC_PURCHASES = 17;
    private static final int CHURNS = 2;
    private static final int DAYS = 90;
    private static final BigDecimal COST_PER_CLICK = new BigDecimal("0.55");
    private static final List<String> VARIANTS = List.of("control", "annual_first", "trial_7d");

    private final DemoCalendar calendar;
    private final Random random = DemoDataset.random("attribution");
    private DemoTable events;
    private int users;

    AttributionDemo(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    void write(List<DemoPost> posts, List<AdsDemo.Campaign> campaigns, DemoDataset data) {
        events = data.define(DemoTable.withIds("actp_attribution_events", "post_id", "event_type", "user_id", "utm_source",
                "utm_medium", "utm_campaign", "platform", "content_type", "hook_category", "niche", "framework", "offer",
                "paywall_variant", "revenue_usd", "cost_usd", "created_at"));
        writeOrganic(posts);
        for (AdsDemo.Campaign campaign : campaigns) {
            if (campaign.startedAt() != null) {
                writePaid(campaign);
            }
        }
    }

    private void writeOrganic(List<DemoPost> posts) {
        Instant since = calendar.daysBefore(DAYS);
        List<DemoPost> recent = posts.stream().filter(p -> p.publishedAt().isAfter(since)).toList();
        long[] cumulative = new long[recent.size()];
        long total = 0;
        for (int i = 0; i < recent.size(); i++) {
            total += Math.max(1, recent.get(i).clicks());
            cumulative[i] = total;
        }
        List<DemoPost> clickedPosts = new ArrayList<>();
        List<Instant> clickTimes = new ArrayList<>();
        for (int i = 0; i < ORGANIC_CLICKS; i++) {
            int found = Arrays.binarySearch(cumulative, (long) (random.nextDouble() * total) + 1);
            DemoPost post = recent.get(found >= 0 ? found : -found - 1);
            clickedPosts.add(post);
            clickTimes.add(clickAfter(post));
        }
        Integer[] order = new Integer[ORGANIC_CLICKS];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(clickTimes::get));
        // the earliest two thirds of clicks have had time to go all the way to a purchase
        int deep = ORGANIC_CLICKS * 2 / 3;
        int purchases = 0;
        for (int rank = 0; rank < ORGANIC_CLICKS; rank++) {
            int i = order[rank];
            int depth = depthFor(rank, deep);
            boolean churns = depth == 3 && purchases++ < CHURNS;
            journey(clickedPosts.get(i), clickTimes.get(i), depth, "organic", null, pricing(depth), churns);
        }
    }

    /** Spreads the organic signups, trials and purchases evenly over the clicks that had time for them. */
    private static int depthFor(int rank, int deep) {
        if (rank >= deep) {
            return rank % 10 == 0 ? 1 : 0;
        }
        int signups = ORGANIC_SIGNUPS - (ORGANIC_CLICKS - deep) / 10;
        int step = deep / signups;
        if (rank % step != 0 || rank / step >= signups) {
            return 0;
        }
        int signup = rank / step;
        int trialStep = signups / ORGANIC_TRIALS;
        if (signup % trialStep != 0 || signup / trialStep >= ORGANIC_TRIALS) {
            return 1;
        }
        int trial = signup / trialStep;
        int purchaseStep = ORGANIC_TRIALS / ORGANIC_PURCHASES;
        return trial % purchaseStep == 0 && trial / purchaseStep < ORGANIC_PURCHASES ? 3 : 2;
    }

    private BigDecimal pricing(int depth) {
        return depth < 3 ? null : random.nextDouble() < 0.3 ? AdsDemo.ANNUAL : AdsDemo.MONTHLY;
    }

    private void writePaid(AdsDemo.Campaign campaign) {
        int clicks = campaign.spend().divide(COST_PER_CLICK, 0, RoundingMode.DOWN).intValue();
        BigDecimal costEach = campaign.spend().divide(BigDecimal.valueOf(clicks), 2, RoundingMode.DOWN);
        BigDecimal rest = campaign.spend().subtract(costEach.multiply(BigDecimal.valueOf(clicks)));
        Instant end = campaign.endedAt().isAfter(calendar.anchor()) ? calendar.anchor() : campaign.endedAt();
        long window = Duration.between(campaign.startedAt(), end).toMillis();
        for (int i = 0; i < clicks; i++) {
            // clicks are spread evenly; the campaign's purchases come from its earliest clicks
            Instant at = campaign.startedAt().plusMillis(window * i / clicks + random.nextInt(60_000));
            boolean buys = i < campaign.purchases().size();
            BigDecimal cost = i == 0 ? costEach.add(rest) : costEach;
            journey(campaign.post(), at, buys ? 3 : i % 6 == 0 ? 1 : 0, "paid", cost,
                    buys ? campaign.purchases().get(i) : null, false);
        }
    }

    private Instant clickAfter(DemoPost post) {
        Instant at = post.publishedAt().plusMillis(Math.round(RandomDraws.exponentialDays(random, 2.0) * 86_400_000d));
        if (at.isBefore(calendar.anchor())) {
            return at;
        }
        long room = Duration.between(post.publishedAt(), calendar.anchor()).toMillis();
        return post.publishedAt().plusMillis((long) (room * random.nextDouble()));
    }

    /** One visitor: a click, then up to signup (1), trial (2) or purchase (3); a purchase may later churn. */
    private void journey(DemoPost post, Instant clickedAt, int depth, String medium, BigDecimal cost, BigDecimal price, boolean churns) {
        users++;
        String user = String.format("ph_%05d", users);
        String variant = price != null && price.equals(AdsDemo.ANNUAL) ? "annual_first" : RandomDraws.one(random, VARIANTS);
        if ("trial_7d".equals(variant) && depth == 3) {
            variant = "control";
        }
        Instant at = clickedAt;
        event(post, "click", user, medium, variant, null, cost, at);
        String[] steps = {"signup", "trial", "purchase"};
        double[] hours = {0.5, 8, 20};
        for (int step = 0; step < depth; step++) {
            at = calendar.laterBeforeAnchor(at, RandomDraws.between(random, 0.05, hours[step]), 0.5);
            event(post, steps[step], user, medium, variant, step == 2 ? price : null, null, at);
        }
        if (churns) {
            Instant churnAt = at.plus(Duration.ofDays(RandomDraws.between(random, 25, 35)));
            if (churnAt.isBefore(calendar.anchor())) {
                event(post, "churn", user, medium, variant, null, null, churnAt);
            }
        }
    }

    private void event(DemoPost post, String type, String user, String medium, String variant, BigDecimal revenue,
                       BigDecimal cost, Instant at) {
        String source = medium.equals("paid") ? "meta" : post.platform();
        events.add(post.postId(), type, user, source, medium, post.postId(), post.platform(), post.contentType(),
                post.hookCategory(), post.niche(), post.framework(), post.offerTag(), variant, revenue, cost, at);
    }
}
