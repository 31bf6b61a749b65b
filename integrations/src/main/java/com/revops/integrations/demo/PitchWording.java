package com.revops.integrations.demo;

import java.util.Map;

/** How the operator talks about each niche and offer in messages, so demo texts read like real outreach. */
final class PitchWording {
    private static final Map<String, String> AUDIENCE = Map.of(
            "saas", "SaaS founders", "ecommerce", "e-commerce brands", "coaching", "coaches",
            "agencies", "agency owners", "creators", "creators");
    private static final Map<String, String> ONE_OF = Map.of(
            "saas", "a B2B SaaS team", "ecommerce", "a Shopify brand", "coaching", "a business coach",
            "agencies", "a 6-person agency", "creators", "a creator with 80k followers");
    private static final Map<String, String> TOPIC = Map.of(
            "saas", "trial-to-paid onboarding", "ecommerce", "post-purchase flows", "coaching", "filling a cohort",
            "agencies", "outbound lead gen", "creators", "short-form hooks");
    private static final Map<String, String> RESULT = Map.of(
            "saas", "cut onboarding drop-off by a third", "ecommerce", "recover 11% more abandoned carts",
            "coaching", "book 14 calls in a month without ads", "agencies", "free up 12 hours a week of prospecting",
            "creators", "double profile visits from the same number of posts");
    private static final Map<String, String> OFFER_PITCH = Map.of(
            "safari_automation", "browser automation that books meetings while you sleep",
            "creator_growth", "a content system that turns views into followers and DMs",
            "ai_automation", "AI agents that take the repetitive ops work off your plate",
            "personal_brand", "a 30-day personal brand playbook");

    private PitchWording() {
    }

    static String audience(String niche) {
        return AUDIENCE.getOrDefault(niche, "founders");
    }

    static String oneOf(String niche) {
        return ONE_OF.getOrDefault(niche, "a small team");
    }

    static String topic(String niche) {
        return TOPIC.getOrDefault(niche, "growth");
    }

    static String result(String niche) {
        return RESULT.getOrDefault(niche, "save a day a week");
    }

    /** What the offer does, in a phrase; a contact without an offer hears about automation in general. */
    static String pitch(String offerTag) {
        return offerTag == null ? "automating the busywork" : OFFER_PITCH.getOrDefault(offerTag, "automating the busywork");
    }

    static String platformName(String platform) {
        return switch (platform) {
            case "twitter" -> "X";
            case "linkedin" -> "LinkedIn";
            case "tiktok" -> "TikTok";
            case "instagram" -> "Instagram";
            case "threads" -> "Threads";
            default -> "newsletter";
        };
    }
}
