package com.revops.integrations.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jdbi.v3.core.Handle;

/** The demo rows of every table, built in memory first, then inserted in foreign-key order. */
final class DemoDataset {
    /**
     * Every table the demo fills, parents before children. Not here, and never touched: the offer
     * catalog, budgets, prices and routing (seeded by migrations), the app's own outbox, alerts, audit
     * log and settings, and the tables that jobs compute (pipeline snapshots, offer performance,
     * attribution summary).
     */
    static final List<String> TABLES = List.of(
            "crm_contacts", "actp_stage_transitions", "actp_prospect_scores", "actp_interactions",
            "actp_automations", "actp_revenue_events",
            "actp_email_sequences", "actp_email_sends",
            "actp_content_performance", "actp_engagement_log", "actp_ab_tests",
            "actp_credit_usage", "actp_market_items",
            "actp_ad_campaigns", "actp_funnel_snapshots", "actp_paywall_experiments", "actp_attribution_events",
            "actp_product_experiments", "actp_aso_experiments", "actp_sora_jobs",
            "actp_upwork_jobs", "actp_outreach_queue");

    /**
     * Logs the demo appends to and never wipes: the approval audit log is append-only (the database
     * refuses to change, delete or empty it), so a reload adds the rows of its own decisions and keeps
     * those of earlier loads, which name queue items that no longer exist.
     */
    static final List<String> LOGS = List.of("actp_approval_audit");

    private static final long SEED = 20_260_301L;

    private final Map<String, DemoTable> tables = new LinkedHashMap<>();

    DemoDataset() {
        for (String table : TABLES) {
            tables.put(table, null);
        }
        for (String log : LOGS) {
            tables.put(log, null);
        }
    }

    /** Registers the rows of a table (once). */
    DemoTable define(DemoTable table) {
        if (!tables.containsKey(table.name())) {
            throw new IllegalArgumentException(table.name() + " is not a demo table");
        }
        if (tables.get(table.name()) != null) {
            throw new IllegalStateException(table.name() + " is defined twice");
        }
        tables.put(table.name(), table);
        return table;
    }

    DemoTable table(String name) {
        DemoTable table = tables.get(name);
        if (table == null) {
            throw new IllegalStateException(name + " has no rows defined yet");
        }
        return table;
    }

    /** Inserts every table in order, then the logs; returns the row count of each. */
    Map<String, Integer> insert(Handle handle) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : tables.keySet()) {
            counts.put(name, table(name).insert(handle));
        }
        return counts;
    }

    /** Each part of the demo draws from its own generator, so changing one part never reshuffles another. */
    static Random random(String part) {
        return new Random(SEED * 31 + part.hashCode());
    }
}
