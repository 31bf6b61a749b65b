package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.time.Instant;

/** Product and App Store experiments run through ACD (PRD-019 §4.9), and a few Sora video jobs (§4.1). */
final class ExperimentsDemo {
    private final DemoCalendar calendar;

    ExperimentsDemo(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    void write(DemoDataset data) {
        DemoTable product = data.define(DemoTable.withIds("actp_product_experiments", "project", "hypothesis", "acd_task",
                "baseline_conversion", "post_conversion", "status", "result", "created_at"));
        product.add("EverReach Pro", "Users drop at the contacts-import step because it asks for all permissions at once.",
                "Split the permission prompt into two steps with an explanation screen", fraction("0.4120"),
                fraction("0.5380"), "completed", "Import completion +12.6 points; kept.", at(41));
        product.add("EverReach Pro", "Showing the annual plan first raises paywall conversion.",
                "Reorder paywall plans: annual first with monthly price comparison", fraction("0.0341"),
                fraction("0.0442"), "measuring", "Early lift +1.0 point; waiting for 7 full days.", at(12));
        product.add("ClientPortal", "Stripe checkout abandons because the billing address form is long.",
                "Use Stripe address element with autocomplete", fraction("0.2250"), null, "in_progress", null, at(3));

        DemoTable aso = data.define(DemoTable.withIds("actp_aso_experiments", "app", "experiment_type", "hypothesis",
                "acd_task", "baseline_metric", "post_metric", "metric_name", "status", "created_at"));
        aso.add("EverReach Pro", "screenshots", "Outcome-first screenshots convert store visitors better than feature lists.",
                "Regenerate the 6 screenshots with outcome captions", new BigDecimal("0.2810"), new BigDecimal("0.3240"),
                "page_view_to_install", "completed", at(52));
        aso.add("KindLetters", "subtitle", "A subtitle naming the use case ('Thank-you notes in a minute') lifts search impressions.",
                "Update the App Store subtitle and keywords", new BigDecimal("18400"), new BigDecimal("21950"),
                "search_impressions", "measuring", at(15));
        aso.add("ClientPortal", "icon", "A simpler icon with one glyph improves tap-through in search results.",
                "Design and ship icon variant B via product page optimization", new BigDecimal("0.0620"), null,
                "tap_through_rate", "planned", at(2));

        DemoTable sora = data.define(DemoTable.withIds("actp_sora_jobs", "prompt", "style", "duration_seconds", "status",
                "raw_url", "processed_url", "cost_usd", "created_at"));
        sora.add("A founder's desk at dawn, laptop shows a dashboard filling with booked calls", "cinematic", 10,
                "completed", "https://media.example.com/sora/raw/0001.mp4", "https://media.example.com/sora/final/0001.mp4",
                new BigDecimal("1.2000"), at(9));
        sora.add("Split screen: manual DMs on the left, an automation sending them on the right", "screen_recording", 8,
                "completed", "https://media.example.com/sora/raw/0002.mp4", "https://media.example.com/sora/final/0002.mp4",
                new BigDecimal("0.9600"), at(6));
        sora.add("Creator filming a hook in a small studio, captions pop in", "ugc", 12, "processing",
                "https://media.example.com/sora/raw/0003.mp4", null, new BigDecimal("1.4400"), at(1));
        sora.add("Timelapse of a city at night with notification sounds", "cinematic", 15, "failed", null, null,
                new BigDecimal("0.0000"), at(2));
    }

    private Instant at(double daysAgo) {
        return calendar.daysBefore(daysAgo);
    }

    private static BigDecimal fraction(String value) {
        return new BigDecimal(value);
    }
}
