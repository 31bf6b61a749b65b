package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * 180 days of AI credit usage, routed by the routing table and priced by the price table. A past
 * day costs $7.50–$12.50 (so no month can reach the $400 budget); today has already burned about
 * $12.60 of the $15 daily limit, enough for the 80% warning. About one row in twenty has no cost
 * recorded, so its cost comes from its tokens (the same amount).
 */
final class CreditDemo {
    private static final int DAYS = 180;
    static final BigDecimal TODAY_SPEND = new BigDecimal("12.60");
    private static final List<String> TASKS = List.of("draft_generation", "content_review", "research_synthesis",
            "acd_tests", "acd_features", "revenue_report", "architecture_planning", "acd_architecture");
    private static final int[] TASK_WEIGHTS = {35, 25, 15, 8, 8, 4, 3, 2};
    private static final Map<String, Double> OUTPUT_RATIO = Map.of(
            "draft_generation", 0.6, "content_review", 0.15, "research_synthesis", 0.25, "acd_tests", 0.5,
            "acd_features", 0.5, "revenue_report", 0.2, "architecture_planning", 0.3, "acd_architecture", 0.3);
    private static final Map<String, Double> MODEL_WEIGHT = Map.of("haiku", 1.0, "sonnet", 4.0, "opus", 12.0);
    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private record Call(String task, String model, double weight) {
    }

    private final DemoCalendar calendar;
    private final DemoCatalog catalog;
    private final Random random = DemoDataset.random("credits");
    private final Random tagging = DemoDataset.random("credit-offers");
    private DemoTable usage;
    private List<String> offerTags = List.of();
    private int[] offerWeights = {};

    CreditDemo(DemoCalendar calendar, DemoCatalog catalog) {
        this.calendar = calendar;
        this.catalog = catalog;
    }

    /**
     * Writes the ledger. The drafts, reviews and research the outreach needed are charged to the offer whose
     * prospects they served, in proportion to each offer's prospects ({@code contacts}).
     */
    void write(List<DemoContact> contacts, DemoDataset data) {
        offerTags = DemoCatalog.OFFER_TAGS;
        offerWeights = offerTags.stream()
                .mapToInt(tag -> (int) contacts.stream().filter(c -> tag.equals(c.profile().offerTag())).count()).toArray();
        usage = data.define(DemoTable.withIds("actp_credit_usage", "task_type", "model", "input_tokens", "output_tokens",
                "cost_usd", "run_id", "offer_tag", "created_at"));
        for (int day = DAYS; day >= 1; day--) {
            writeDay(day, RandomDraws.between(random, 15, 30), RandomDraws.between(random, 7.5, 12.5));
        }
        writeDay(0, 20, TODAY_SPEND.doubleValue());
        new MarketResearchDemo(calendar).write(data);
    }

    private void writeDay(int daysAgo, int rows, double spend) {
        List<Call> calls = new ArrayList<>();
        double totalWeight = 0;
        for (int i = 0; i < rows; i++) {
            String task = RandomDraws.weighted(random, TASKS, TASK_WEIGHTS);
            String model = catalog.model(task);
            double weight = MODEL_WEIGHT.getOrDefault(model, 4.0) * RandomDraws.between(random, 0.6, 1.4);
            calls.add(new Call(task, model, weight));
            totalWeight += weight;
        }
        List<Double> moments = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            moments.add(daysAgo == 0 ? RandomDraws.between(random, 0.02, 1.0) : RandomDraws.between(random, 0.25, 0.97));
        }
        moments.sort(Double::compare);
        String date = calendar.date(daysAgo).format(DateTimeFormatter.BASIC_ISO_DATE);
        for (int i = 0; i < rows; i++) {
            Call call = calls.get(i);
            writeCall(call, spend * call.weight() / totalWeight, "run-" + date + "-" + (i / 4 + 1),
                    calendar.onDay(daysAgo, moments.get(i)));
        }
    }

    /**
     * Drafts, reviews and research are outreach work: nine in ten are charged to the offer they served (offer ROI's
     * AI cost), the rest were general content. Coding, architecture and reports served no offer.
     */
    private String offerServed(String task) {
        boolean outreachWork = task.equals("draft_generation") || task.equals("content_review")
                || task.equals("research_synthesis");
        if (!outreachWork || tagging.nextDouble() >= 0.9 || Arrays.stream(offerWeights).sum() == 0) {
            return null;
        }
        return RandomDraws.weighted(tagging, offerTags, offerWeights);
    }

    private void writeCall(Call call, double cost, String runId, Instant at) {
        DemoCatalog.Price price = catalog.price(call.model());
        double ratio = OUTPUT_RATIO.get(call.task()) * RandomDraws.between(random, 0.8, 1.2);
        double perInputToken = (price.inputPerMillion().doubleValue() + ratio * price.outputPerMillion().doubleValue()) / 1e6;
        int input = (int) Math.round(cost / perInputToken);
        int output = (int) Math.round(input * ratio);
        BigDecimal exact = price.inputPerMillion().multiply(BigDecimal.valueOf(input))
                .add(price.outputPerMillion().multiply(BigDecimal.valueOf(output)))
                .divide(MILLION, 4, RoundingMode.HALF_UP);
        BigDecimal recorded = random.nextDouble() < 0.05 ? null : exact;
        usage.add(call.task(), call.model(), input, output, recorded, runId, offerServed(call.task()), at);
    }
}
