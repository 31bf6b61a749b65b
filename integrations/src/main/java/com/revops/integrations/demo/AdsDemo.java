package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Meta Ads graduation (PRD-019 §4.6): four campaigns from winning Instagram posts — one completed,
 * one paused automatically (CPA above $10 after 48 h), one active, one proposed and waiting for the
 * operator's approval. The attribution events carry the same clicks, costs and purchases.
 */
final class AdsDemo {
    /** A campaign and what it bought: one amount per purchase. Not started when {@code startedAt} is null. */
    record Campaign(int number, DemoPost post, String status, Instant startedAt, Duration ran, BigDecimal dailyBudget,
                    BigDecimal spend, List<BigDecimal> purchases, String pausedReason) {
        BigDecimal revenue() {
            return purchases.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        }

        Instant endedAt() {
            return startedAt.plus(ran);
        }
    }

    static final BigDecimal MONTHLY = new BigDecimal("14.99");
    static final BigDecimal ANNUAL = new BigDecimal("119.99");

    private final DemoCalendar calendar;
    private final List<Campaign> campaigns = new ArrayList<>();

    AdsDemo(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    List<Campaign> campaigns() {
        return List.copyOf(campaigns);
    }

    void write(List<DemoPost> sources, DemoDataset data) {
        campaigns.add(new Campaign(1, sources.get(0), "completed", calendar.daysBefore(70), Duration.ofDays(7),
                dollars("6.00"), dollars("42.00"), List.of(MONTHLY, ANNUAL, MONTHLY, MONTHLY, ANNUAL, MONTHLY), null));
        campaigns.add(new Campaign(2, sources.get(1), "paused", calendar.daysBefore(6), Duration.ofHours(50),
                dollars("10.00"), dollars("24.60"), List.of(MONTHLY, MONTHLY),
                "CPA $12.30 was above the $10 limit after 48 h; paused automatically."));
        campaigns.add(new Campaign(3, sources.get(2), "active", calendar.daysBefore(4), Duration.ofDays(4),
                dollars("9.00"), dollars("36.00"), List.of(MONTHLY, ANNUAL, MONTHLY, MONTHLY, ANNUAL), null));
        campaigns.add(new Campaign(4, sources.get(3), "proposed", null, Duration.ZERO,
                dollars("7.50"), dollars("0.00"), List.of(), null));

        DemoTable table = data.define(DemoTable.withIds("actp_ad_campaigns", "source_post_id", "platform", "campaign_id",
                "status", "daily_budget_usd", "spend_usd", "cpa_usd", "roas", "offer_tag", "conversions", "revenue_usd",
                "started_at", "approved_at", "paused_reason", "created_at", "updated_at"));
        for (Campaign c : campaigns) {
            boolean started = c.startedAt() != null;
            int conversions = c.purchases().size();
            BigDecimal cpa = conversions == 0 ? null : c.spend().divide(BigDecimal.valueOf(conversions), 2, RoundingMode.HALF_UP);
            BigDecimal roas = c.spend().signum() == 0 ? null : c.revenue().divide(c.spend(), 4, RoundingMode.HALF_UP);
            Instant created = started ? c.startedAt().minus(Duration.ofHours(3)) : calendar.daysBefore(0.4);
            Instant approved = started ? c.startedAt().minus(Duration.ofHours(1)) : null;
            Instant updated = switch (c.status()) {
                case "active" -> calendar.daysBefore(0.05);
                case "proposed" -> created;
                default -> c.endedAt();
            };
            table.add(c.post().postId(), "meta", started ? "1202" + String.format("%014d", 31_337_000L + c.number() * 7_919L) : null,
                    c.status(), c.dailyBudget(), c.spend(), cpa, roas, c.post().offerTag(), conversions, c.revenue(),
                    c.startedAt(), approved, c.pausedReason(), created, updated);
        }
    }

    private static BigDecimal dollars(String amount) {
        return new BigDecimal(amount);
    }
}
