package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Revenue that follows from the simulated pipeline: a deal_won per won contact at its closing
 * moment, monthly retainers for some clients, a few upsells and a churn or two; and the
 * automations that sourced the deals (for automation ROI).
 */
final class RevenueDemo {
    private static final BigDecimal CUSTOM_SCOPE = new BigDecimal("2000.00");
    private static final BigDecimal UPSELL = new BigDecimal("750.00");
    private static final Set<String> RETAINER_OFFERS = Set.of("safari_automation", "ai_automation", "creator_growth");
    private static final int MAX_CHURNS = 2;
    private static final int MAX_UPSELLS = 3;

    private final DemoCalendar calendar;
    private final DemoCatalog catalog;
    private final Random random = DemoDataset.random("revenue");
    private int churns;
    private int upsells;

    RevenueDemo(DemoCalendar calendar, DemoCatalog catalog) {
        this.calendar = calendar;
        this.catalog = catalog;
    }

    void write(List<DemoContact> contacts, DemoDataset data) {
        writeAutomations(data);
        DemoTable events = data.define(DemoTable.withIds("actp_revenue_events", "contact_id", "event_type", "offer_tag",
                "amount", "platform_source", "niche_source", "days_to_close", "notes", "closed_at", "created_at", "automation"));
        for (DemoContact contact : contacts) {
            contact.wonAt().ifPresent(wonAt -> writeClient(contact, wonAt, events));
        }
    }

    private void writeClient(DemoContact contact, Instant wonAt, DemoTable events) {
        ContactProfile p = contact.profile();
        String offer = p.offerTag();
        BigDecimal amount = offer == null ? CUSTOM_SCOPE : catalog.offer(offer).dealValue();
        String note = offer == null ? "Custom scope, no catalog offer." : "Signed after the discovery call.";
        if (random.nextDouble() < 0.12) {
            amount = amount.multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_UP);
            note = "10% founding-client discount.";
        }
        long days = Duration.between(contact.firstContactAt(), wonAt).toDays();
        String automation = automationFor(p.source());
        events.add(contact.id(), "deal_won", offer, amount, p.platform(), p.niche(), (int) days, note, wonAt, wonAt, automation);

        Instant anchor = calendar.anchor();
        if (offer != null && RETAINER_OFFERS.contains(offer) && random.nextDouble() < 0.7) {
            BigDecimal retainer = amount.compareTo(new BigDecimal("2500")) >= 0 ? new BigDecimal("497.00") : new BigDecimal("297.00");
            boolean churns = this.churns < MAX_CHURNS && wonAt.isBefore(calendar.daysBefore(80));
            int months = churns ? 2 : Integer.MAX_VALUE;
            Instant payment = wonAt.plus(Duration.ofDays(30));
            for (int month = 1; month <= months && payment.isBefore(anchor); month++) {
                events.add(contact.id(), "recurring_payment", offer, retainer, p.platform(), p.niche(), null,
                        "Monthly retainer " + month + ".", payment, payment, null);
                payment = payment.plus(Duration.ofDays(30));
            }
            if (churns) {
                this.churns++;
                Instant churnAt = wonAt.plus(Duration.ofDays(75));
                events.add(contact.id(), "churn", offer, retainer, p.platform(), p.niche(), null,
                        "Cancelled the retainer: brought the work in-house.", churnAt, churnAt, null);
            }
        }
        if (upsells < MAX_UPSELLS && wonAt.isBefore(calendar.daysBefore(45)) && random.nextDouble() < 0.5) {
            upsells++;
            Instant upsellAt = wonAt.plus(Duration.ofDays(RandomDraws.between(random, 14, 40)));
            events.add(contact.id(), "upsell", offer, UPSELL, p.platform(), p.niche(), null,
                    "Added the content repurposing package.", upsellAt, upsellAt, automation);
        }
    }

    /** The automation that found the contact, by where they came from; referrals came from no automation. */
    static String automationFor(String source) {
        return switch (source) {
            case "twitter_post", "instagram_reel", "tiktok_video", "threads_post" -> "content_pipeline";
            case "linkedin_search" -> "dm_outreach";
            case "upwork" -> "upwork_scanner";
            case "cold_email" -> "email_nurture";
            default -> null;
        };
    }

    private void writeAutomations(DemoDataset data) {
        DemoTable automations = data.define(DemoTable.of("actp_automations", "name", "description", "hours_saved_per_month",
                "hourly_rate_usd", "monthly_cost_usd", "task_types:text[]", "active", "created_at"));
        Instant since = calendar.daysBefore(200);
        automations.add("dm_outreach", "Finds prospects on LinkedIn and X, drafts DMs for approval, sends the approved ones.",
                new BigDecimal("32.00"), new BigDecimal("75.00"), new BigDecimal("49.00"),
                List.of("draft_generation", "content_review"), true, since);
        automations.add("content_pipeline", "Researches, drafts, reviews and publishes posts on five platforms.",
                new BigDecimal("44.00"), new BigDecimal("75.00"), new BigDecimal("120.00"),
                List.of("research_synthesis", "draft_generation", "content_review"), true, since);
        automations.add("upwork_scanner", "Scans Upwork for matching jobs and drafts proposals.",
                new BigDecimal("12.00"), new BigDecimal("75.00"), new BigDecimal("29.00"),
                List.of("research_synthesis", "draft_generation"), true, since);
        automations.add("email_nurture", "Runs the onboarding, win-back and weekly digest sequences through Resend.",
                new BigDecimal("9.50"), new BigDecimal("75.00"), new BigDecimal("20.00"),
                List.of("draft_generation"), true, since);
        automations.add("revenue_ops", "Pipeline snapshots, daily brief, weekly report and alerts.",
                new BigDecimal("6.00"), new BigDecimal("75.00"), new BigDecimal("15.00"),
                List.of("revenue_report"), true, since);
    }
}
