package com.revops.app.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of SPEC §5, as picocli options. Exactly one command flag per call; the
 * modifiers ({@code --json}, {@code --as-of}, {@code --dry-run}, …) apply to it.
 */
@Command(name = "revops",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        separator = " ",
        usageHelpWidth = 100,
        headerHeading = "%n",
        header = "RevOps Console — pipeline, forecasts, offers, credits and the outreach queue of a solo founder.",
        synopsisHeading = "%nUsage: ",
        customSynopsis = {"revops                      open the console",
                "       revops COMMAND [--json] [--as-of INSTANT] [--dry-run]"},
        descriptionHeading = "%n",
        description = {"With no arguments the console window opens. With a command it runs headless, prints a human",
                "summary (or JSON with --json) and exits. Data: the embedded PostgreSQL under REVOPS_HOME, or",
                "REVOPS_DB_URL. Times are in REVOPS_TZ (default: the system's zone)."},
        optionListHeading = "%nCommands and options:%n",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  2  bad input (the message names what is wrong)", "  3  database or service unavailable",
                "  4  suspended by the credit governor", "",
                "Dispatcher form: --domain revenue_ops --task pipeline|forecast|brief|report|offers|status"})
public final class RevopsCommand {

    // --- revenue (PRD-046) ---
    @Option(names = "--pipeline", description = "Pipeline value and contacts by open stage.")
    boolean pipeline;
    @Option(names = "--forecast", description = "30/60/90-day forecast with its likely range, the three methods and their accuracy. "
            + "With --backtest [--from DATE] [--every DAYS]: each method recomputed at past instants and judged.")
    boolean forecast;
    @Option(names = "--target", arity = "2", paramLabel = "MONTH AMOUNT", hideParamSyntax = true,
            description = "Set a month's revenue target in new deals (--target 2026-12 20000) and show the chance of hitting this month's.")
    List<String> target;
    @Option(names = "--call", arity = "2", paramLabel = "CONTACT CALL", hideParamSyntax = true,
            description = "Your read on an open deal beside the model's: commit (it closes), upside (best case), out (it won't) or clear.")
    List<String> call;
    @Option(names = "--log-deal", arity = "3", paramLabel = "CONTACT AMOUNT OFFER", hideParamSyntax = true,
            description = "Record a closed deal for CONTACT (uuid or external id) and fire the deal_closed alert. "
                    + "Also --event-type, --platform, --niche, --notes, --allow-duplicate.")
    List<String> logDeal;
    @Option(names = "--offer-performance", description = "Offer × platform × niche: conversion, revenue and ROI.")
    boolean offerPerformance;
    @Option(names = "--conversion-rates", description = "Stage-to-stage conversion, observed and blended.")
    boolean conversionRates;
    @Option(names = "--daily-brief", description = "The morning brief, sent to Telegram.")
    boolean dailyBrief;
    @Option(names = "--weekly-report", description = "The weekly report with recommendations, sent to Telegram.")
    boolean weeklyReport;
    @Option(names = "--mtd", description = "Month-to-date revenue, deals closed and churn.")
    boolean mtd;
    @Option(names = "--velocity", description = "Time in stage and sales velocity.")
    boolean velocity;
    @Option(names = "--top-sources", description = "Platforms and niches ranked by revenue.")
    boolean topSources;
    @Option(names = "--alert-check", description = "Check the alert rules now; new alerts are sent.")
    boolean alertCheck;
    @Option(names = "--status", description = "Quick dashboard: the headline numbers and the health of the app.")
    boolean status;

    // --- dispatcher form ---
    @Option(names = "--domain", paramLabel = "DOMAIN", description = "Dispatcher domain (revenue_ops).")
    String domain;
    @Option(names = "--task", paramLabel = "TASK", description = "Dispatcher task: pipeline, forecast, brief, report, offers, status.")
    String task;

    // --- data ---
    @Option(names = "--import", arity = "2", paramLabel = "TABLE FILE.csv", hideParamSyntax = true,
            description = "Import a CSV into TABLE: all rows or none; bad rows are listed with their line numbers.")
    List<String> importFile;
    @Option(names = "--demo-data", description = "Load the demo dataset (refused when the database holds real data).")
    boolean demoData;
    @Option(names = "--verify-aggregates", description = "Recompute the read model (journeys, spells, per-stage sums) from the raw rows "
            + "and report every difference; exit 0 when equal, 1 when not.")
    boolean verifyAggregates;

    // --- credits, funnel, queue ---
    @Option(names = "--credits", description = "AI credit spend today and this month against budget.")
    boolean credits;
    @Option(names = "--credit-route", paramLabel = "TASK_TYPE",
            description = "Print the model for TASK_TYPE; exit 4 when the credit governor suspends it.")
    String creditRoute;
    @Option(names = "--cache-fresh", paramLabel = "TOPIC", description = "Exit 0 when TOPIC's market items are under 24 h old, else 1.")
    String cacheFresh;
    @Option(names = "--funnel", description = "Acquisition funnel phase and step rates against their targets.")
    boolean funnel;
    @Option(names = "--queue", description = "Approved outreach not yet sent (for the worker).")
    boolean queue;
    @Option(names = "--queue-mark", arity = "2", paramLabel = "ID sent|failed", hideParamSyntax = true,
            description = "Record the worker's result for an approved outreach item (with --error TEXT for failed).")
    List<String> queueMark;

    // --- approving from the phone ---
    @Option(names = "--approval-digest", description = "Send the approval digest to Telegram now: each item waiting for review "
            + "with Approve / Reject / Edit, each ad proposal, and \"Approve all N shown\".")
    boolean approvalDigest;
    @Option(names = "--telegram-poll", description = "Read the presses and replies waiting in the Telegram chat once and act on them "
            + "(for cron; the console and --daemon poll continuously).")
    boolean telegramPoll;

    // --- integrations ---
    @Option(names = "--sync", paramLabel = "SOURCE|all",
            description = "Pull a source now (posthog, revenuecat, superwall, meta, stripe, resend) or all; rows new/updated/unchanged. "
                    + "Exit 2 when not configured, 3 when the service is down.")
    String sync;
    @Option(names = "--routine-step", arity = "2", paramLabel = "STEP started|ok|failed", hideParamSyntax = true,
            description = "The worker reports a step of its daily routine (with --error TEXT for failed); see the Routine screen.")
    List<String> routineStep;

    // --- scheduler ---
    @Option(names = "--daemon", description = "Run the scheduler without a window until stopped (SIGTERM).")
    boolean daemon;

    // --- modifiers ---
    @Option(names = "--json", description = "Print JSON instead of the human summary.")
    boolean json;
    @Option(names = "--as-of", paramLabel = "INSTANT", description = "Fix \"now\" for every computation (ISO-8601).")
    String asOf;
    @Option(names = "--dry-run", description = "Run the command, then roll it back: print the rows it would write and the "
            + "Telegram messages it would queue; nothing is written or sent.")
    boolean dryRun;
    @Option(names = "--event-type", paramLabel = "TYPE", description = "For --log-deal: deal_won (default), upsell, recurring_payment, churn.")
    String eventType;
    @Option(names = "--platform", paramLabel = "PLATFORM", description = "For --log-deal: the platform that sourced the deal.")
    String platform;
    @Option(names = "--niche", paramLabel = "NICHE", description = "For --log-deal: the niche the contact came from.")
    String niche;
    @Option(names = "--notes", paramLabel = "TEXT", description = "For --log-deal: free-text notes.")
    String notes;
    @Option(names = "--allow-duplicate", description = "For --log-deal: log it even though the contact has a deal of the same amount "
            + "and offer within 24 hours.")
    boolean allowDuplicate;
    @Option(names = "--error", paramLabel = "TEXT", description = "For --queue-mark ID failed and --routine-step STEP failed: what went wrong.")
    String error;
    @Option(names = "--backtest", description = "For --forecast: recompute every method at past instants from history alone and judge them.")
    boolean backtest;
    @Option(names = "--from", paramLabel = "DATE", description = "For --forecast --backtest: the first instant (default: 90 days after the first contact).")
    String from;
    @Option(names = "--every", paramLabel = "DAYS", description = "For --forecast --backtest: days between instants (default 3).")
    Integer every;

    /** The command flags given, in the order of the help text. */
    List<String> commandsGiven() {
        List<String> given = new ArrayList<>();
        add(given, pipeline, "--pipeline");
        add(given, forecast, "--forecast");
        add(given, logDeal != null, "--log-deal");
        add(given, offerPerformance, "--offer-performance");
        add(given, conversionRates, "--conversion-rates");
        add(given, dailyBrief, "--daily-brief");
        add(given, weeklyReport, "--weekly-report");
        add(given, mtd, "--mtd");
        add(given, target != null, "--target");
        add(given, call != null, "--call");
        add(given, velocity, "--velocity");
        add(given, topSources, "--top-sources");
        add(given, alertCheck, "--alert-check");
        add(given, status, "--status");
        add(given, domain != null || task != null, "--domain/--task");
        add(given, importFile != null, "--import");
        add(given, demoData, "--demo-data");
        add(given, verifyAggregates, "--verify-aggregates");
        add(given, credits, "--credits");
        add(given, creditRoute != null, "--credit-route");
        add(given, cacheFresh != null, "--cache-fresh");
        add(given, funnel, "--funnel");
        add(given, queue, "--queue");
        add(given, queueMark != null, "--queue-mark");
        add(given, approvalDigest, "--approval-digest");
        add(given, telegramPoll, "--telegram-poll");
        add(given, sync != null, "--sync");
        add(given, routineStep != null, "--routine-step");
        add(given, daemon, "--daemon");
        return given;
    }

    private static void add(List<String> list, boolean present, String name) {
        if (present) {
            list.add(name);
        }
    }
}
