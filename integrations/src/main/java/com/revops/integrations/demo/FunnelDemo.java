package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * The app funnel (PRD-019 §4.11): one snapshot per day for 180 days up to yesterday, paying users
 * growing from about 10 to 47 (phase 1, close to the 50 that opens phase 2), each day's paid conversions
 * the paying users gained plus those who cancelled, and the trials, signups, clicks and impressions
 * before them at rates inside their target bands; and the EverReach Pro paywall experiment with three variants.
 */
final class FunnelDemo {
    private static final int DAYS = 180;
    private static final int FIRST_PAYING = 10;
    private static final int LAST_PAYING = 47;
    /** A fifth of the paying users cancel within a month (month-1 retention about 80%). */
    private static final double MONTHLY_CHURN = 0.2;
    /** About five trials a day: at a 10–16% trial → paid rate, the dozen or so paid conversions a month the growth needs. */
    private static final int TRIALS_PER_DAY = 5;

    private final DemoCalendar calendar;
    private final Random random = DemoDataset.random("funnel");

    FunnelDemo(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    void write(DemoDataset data) {
        DemoTable snapshots = data.define(DemoTable.withIds("actp_funnel_snapshots", "snapshot_date", "paying_users",
                "mrr_usd", "phase", "impressions", "clicks", "signups", "trials", "purchases", "impression_to_click", "click_to_signup",
                "signup_to_trial", "trial_to_paid", "month1_retention", "created_at"));
        int previousPaying = FIRST_PAYING;
        for (int day = DAYS; day >= 1; day--) {
            double progress = (double) (DAYS - day) / (DAYS - 1);
            int paying = day == 1 ? LAST_PAYING
                    : (int) Math.round(FIRST_PAYING + (LAST_PAYING - FIRST_PAYING) * Math.pow(progress, 1.3) + random.nextInt(3) - 1);
            paying = Math.max(FIRST_PAYING, Math.min(LAST_PAYING, paying));
            BigDecimal mrr = RandomDraws.dollars(paying * 14.99 * RandomDraws.between(random, 0.97, 1.04));
            // the day's paid conversions are what paying users gained plus what they lost (about a fifth a month):
            // paying users, paid conversions and the trials before them tell one story
            int cancelled = random.nextDouble() < previousPaying * MONTHLY_CHURN / 30 ? 1 : 0;
            int purchases = Math.max(0, paying - previousPaying + cancelled);
            previousPaying = paying;
            int trials = Math.max(purchases, (int) Math.round(TRIALS_PER_DAY * RandomDraws.between(random, 0.6, 1.4)));
            int signups = (int) Math.round(trials / RandomDraws.between(random, 0.32, 0.45));
            int clicks = (int) Math.round(signups / RandomDraws.between(random, 0.11, 0.17));
            int impressions = (int) Math.round(clicks / RandomDraws.between(random, 0.026, 0.036));
            double retention = RandomDraws.between(random, 0.78, 0.84);
            Instant taken = calendar.dayStart(day - 1).plus(Duration.ofMinutes(15));
            Instant created = taken.isAfter(calendar.now()) ? calendar.now() : taken;
            snapshots.add(calendar.date(day), paying, mrr, phase(paying), impressions, clicks, signups, trials, purchases,
                    rate(clicks, impressions), rate(signups, clicks), rate(trials, signups), rate(purchases, trials),
                    RandomDraws.fraction(retention), created);
        }
        writePaywall(data);
    }

    /** PRD-019 §4.11: fewer than 50 paying users is phase 1, fewer than 200 phase 2, else phase 3. */
    static int phase(int payingUsers) {
        return payingUsers < 50 ? 1 : payingUsers < 200 ? 2 : 3;
    }

    private static BigDecimal rate(int part, int whole) {
        return RandomDraws.fraction(whole == 0 ? 0 : (double) part / whole);
    }

    private void writePaywall(DemoDataset data) {
        DemoTable paywall = data.define(DemoTable.withIds("actp_paywall_experiments", "product", "experiment", "variant_id",
                "impressions", "conversions", "revenue_usd", "conversion_rate", "significance", "status", "created_at", "updated_at"));
        Instant created = calendar.daysBefore(24);
        Instant updated = calendar.daysBefore(0.25);
        variant(paywall, "control", 2140, 73, new BigDecimal("1094.27"), created, updated);
        variant(paywall, "annual_first", 2015, 89, new BigDecimal("6269.11"), created, updated);
        variant(paywall, "trial_7d", 1630, 61, new BigDecimal("914.39"), created, updated);
    }

    private static void variant(DemoTable paywall, String variant, int impressions, int conversions, BigDecimal revenue,
                                Instant created, Instant updated) {
        paywall.add("EverReach Pro", "annual_first", variant, impressions, conversions, revenue,
                rate(conversions, impressions), null, "running", created, updated);
    }
}
