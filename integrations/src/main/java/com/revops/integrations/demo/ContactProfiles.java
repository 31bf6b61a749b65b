package com.revops.integrations.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Makes believable prospects: names, platforms, handles, niches, offers that fit the platform, sources and tags. */
final class ContactProfiles {
    static final List<String> PLATFORMS = List.of("twitter", "linkedin", "tiktok", "instagram", "threads", "email");
    static final List<String> NICHES = List.of("saas", "ecommerce", "coaching", "agencies", "creators");

    private static final List<String> FIRST_NAMES = List.of(
            "Ava", "Liam", "Maya", "Noah", "Priya", "Ethan", "Sofia", "Lucas", "Chloe", "Mateo", "Hannah", "Omar",
            "Isabel", "Daniel", "Grace", "Ryan", "Leila", "Marcus", "Nina", "Julian", "Zoe", "Andre", "Emma", "Kenji",
            "Olivia", "Samuel", "Amara", "Diego", "Freya", "Jonas", "Mei", "Caleb", "Ines", "Tariq", "Ruby", "Felix",
            "Aisha", "Gabriel", "Lena", "Rafael", "Sara", "Victor", "Yara", "Elliot", "Nora", "Hugo", "Talia", "Max");
    private static final List<String> LAST_NAMES = List.of(
            "Bennett", "Okafor", "Lindqvist", "Ramirez", "Chen", "Patel", "Novak", "Fischer", "Moreau", "Alvarez",
            "Kowalski", "Nakamura", "Hughes", "Rossi", "Haddad", "Schmidt", "Duarte", "Walsh", "Ivanova", "Park",
            "Mensah", "Costa", "Brennan", "Larsen", "Reyes", "Sato", "Whitaker", "Bauer", "Khan", "Delgado",
            "Osei", "Jensen", "Marsh", "Ortiz", "Quinn", "Varga", "Ellison", "Adeyemi", "Holm", "Serrano");
    private static final List<String> DOMAIN_ENDINGS = List.of("labs.io", "shop.com", "coaching.co", "agency.com", "studio.co");
    private static final List<String> TAG_POOL = List.of(
            "founder", "warm", "newsletter", "webinar", "high_intent", "budget_confirmed", "replied_fast",
            "case_study_sent", "referral_partner", "q4_push");

    private final DemoCatalog catalog;

    ContactProfiles(DemoCatalog catalog) {
        this.catalog = catalog;
    }

    ContactProfile next(int number, Random random) {
        String first = FIRST_NAMES.get((number * 7 + random.nextInt(FIRST_NAMES.size())) % FIRST_NAMES.size());
        String last = RandomDraws.one(random, LAST_NAMES);
        String platform = RandomDraws.weighted(random, PLATFORMS, 23, 24, 12, 15, 10, 16);
        String niche = RandomDraws.weighted(random, NICHES, 26, 18, 18, 20, 18);
        String offer = offerFor(platform, random);
        String source = sourceFor(platform, random);
        String domain = last.toLowerCase(Locale.ROOT) + DOMAIN_ENDINGS.get(NICHES.indexOf(niche));
        String email = first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@" + domain;
        return new ContactProfile(first, last, platform, handle(first, last, platform, number), email, niche, offer,
                source, tags(niche, random));
    }

    private String offerFor(String platform, Random random) {
        double roll = random.nextDouble();
        if (roll < 0.08) {
            return null;
        }
        List<DemoCatalog.Offer> offers = catalog.offers();
        if (roll < 0.20) {
            return RandomDraws.one(random, offers).tag();
        }
        List<DemoCatalog.Offer> fitting = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (DemoCatalog.Offer offer : offers) {
            if (offer.fits(platform)) {
                fitting.add(offer);
                weights.add(offer.platforms().contains("all") ? 1 : 3);
            }
        }
        return RandomDraws.weighted(random, fitting, weights.stream().mapToInt(Integer::intValue).toArray()).tag();
    }

    private static String sourceFor(String platform, Random random) {
        return switch (platform) {
            case "twitter" -> RandomDraws.weighted(random, List.of("twitter_post", "referral"), 80, 20);
            case "linkedin" -> RandomDraws.weighted(random, List.of("linkedin_search", "upwork", "referral"), 65, 20, 15);
            case "tiktok" -> RandomDraws.weighted(random, List.of("tiktok_video", "referral"), 85, 15);
            case "instagram" -> RandomDraws.weighted(random, List.of("instagram_reel", "referral"), 80, 20);
            case "threads" -> RandomDraws.weighted(random, List.of("threads_post", "referral"), 85, 15);
            default -> RandomDraws.weighted(random, List.of("cold_email", "upwork", "referral"), 70, 15, 15);
        };
    }

    private static String handle(String first, String last, String platform, int number) {
        String f = first.toLowerCase(Locale.ROOT);
        String l = last.toLowerCase(Locale.ROOT);
        return switch (platform) {
            case "twitter" -> "@" + f + "_" + l;
            case "linkedin" -> "linkedin.com/in/" + f + "-" + l + "-" + (1000 + number * 37 % 9000);
            case "tiktok" -> "@" + f + l + ".builds";
            case "instagram" -> "@" + f + "." + l;
            case "threads" -> "@" + f + "." + l + ".co";
            default -> f + "." + l;
        };
    }

    private static List<String> tags(String niche, Random random) {
        List<String> tags = new ArrayList<>();
        tags.add(niche);
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            String tag = RandomDraws.one(random, TAG_POOL);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
