package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

/**
 * The seeded reference data the demo builds on, read from the database so that deal amounts and
 * credit costs agree with what the operator has configured: offers, the task → model routing and
 * the model prices. Falls back to the seeded defaults for anything missing.
 */
final class DemoCatalog {
    record Offer(String tag, String name, BigDecimal dealValue, List<String> platforms) {
        boolean fits(String platform) {
            return platforms.contains(platform) || platforms.contains("all");
        }
    }

    record Price(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    }

    static final List<String> OFFER_TAGS = List.of("safari_automation", "creator_growth", "ai_automation", "personal_brand");

    private static final List<Offer> DEFAULT_OFFERS = List.of(
            new Offer("safari_automation", "Safari Automation", new BigDecimal("2500.00"), List.of("twitter", "linkedin")),
            new Offer("creator_growth", "Creator Growth", new BigDecimal("1500.00"), List.of("tiktok", "instagram")),
            new Offer("ai_automation", "AI Automation", new BigDecimal("3500.00"), List.of("twitter", "threads")),
            new Offer("personal_brand", "Personal Brand", new BigDecimal("997.00"), List.of("all")));
    private static final Map<String, String> DEFAULT_ROUTES = Map.of(
            "draft_generation", "haiku", "content_review", "haiku", "research_synthesis", "sonnet",
            "architecture_planning", "opus", "acd_tests", "haiku", "acd_features", "sonnet",
            "acd_architecture", "opus", "revenue_report", "sonnet");
    private static final Map<String, Price> DEFAULT_PRICES = Map.of(
            "haiku", new Price(new BigDecimal("1.00"), new BigDecimal("5.00")),
            "sonnet", new Price(new BigDecimal("3.00"), new BigDecimal("15.00")),
            "opus", new Price(new BigDecimal("15.00"), new BigDecimal("75.00")));

    private final Map<String, Offer> offers;
    private final Map<String, String> routes;
    private final Map<String, Price> prices;

    DemoCatalog(Map<String, Offer> offers, Map<String, String> routes, Map<String, Price> prices) {
        this.offers = offers;
        this.routes = routes;
        this.prices = prices;
    }

    /** The seeded defaults alone. */
    static DemoCatalog defaults() {
        Map<String, Offer> offers = new LinkedHashMap<>();
        DEFAULT_OFFERS.forEach(o -> offers.put(o.tag(), o));
        return new DemoCatalog(offers, Map.copyOf(DEFAULT_ROUTES), Map.copyOf(DEFAULT_PRICES));
    }

    static DemoCatalog read(Handle handle) {
        DemoCatalog defaults = defaults();
        Map<String, Offer> offers = new LinkedHashMap<>();
        for (Offer fallback : DEFAULT_OFFERS) {
            Optional<BigDecimal> value = handle.createQuery("SELECT avg_deal_value FROM actp_offers WHERE offer_tag = :tag")
                    .bind("tag", fallback.tag()).mapTo(BigDecimal.class).findOne();
            offers.put(fallback.tag(), new Offer(fallback.tag(), fallback.name(),
                    value.orElse(fallback.dealValue()).setScale(2), fallback.platforms()));
        }
        Map<String, String> routes = new LinkedHashMap<>(defaults.routes);
        handle.createQuery("SELECT task_type, model FROM actp_credit_routing")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> routes.computeIfPresent(e.getKey(), (k, v) -> e.getValue()));
        Map<String, Price> prices = new LinkedHashMap<>(defaults.prices);
        handle.createQuery("SELECT model, input_per_mtok, output_per_mtok FROM actp_model_prices")
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Price(rs.getBigDecimal(2), rs.getBigDecimal(3))))
                .forEach(e -> prices.put(e.getKey(), e.getValue()));
        return new DemoCatalog(offers, routes, prices);
    }

    Offer offer(String tag) {
        return offers.get(tag);
    }

    List<Offer> offers() {
        return List.copyOf(offers.values());
    }

    /** The model the routing table names for a task type. */
    String model(String taskType) {
        return routes.get(taskType);
    }

    /** The price of a model; an unknown model is priced like sonnet. */
    Price price(String model) {
        return prices.getOrDefault(model, DEFAULT_PRICES.get("sonnet"));
    }
}
