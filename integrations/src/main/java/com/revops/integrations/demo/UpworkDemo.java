package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Twenty Upwork jobs found by the scanner: six new, five with a proposal drafted (waiting in the
 * approval queue), five submitted, two won and two lost.
 */
final class UpworkDemo {
    record Job(int number, UUID id, String title, String status, String proposal, Instant postedAt) {
    }

    private static final String[][] JOBS = {
            {"Automate LinkedIn lead generation with browser automation", "1800", "Northwind Analytics"},
            {"AI agent to triage our support inbox (Zendesk)", "3200", "Brightleaf Health"},
            {"Build n8n workflows for Shopify order follow-ups", "950", "Kettle & Crumb"},
            {"Scrape and enrich 5,000 B2B leads weekly", "1200", "Apex Freight Partners"},
            {"Claude-powered proposal writer for our agency", "2500", "Lumen Creative"},
            {"Automate TikTok posting schedule and analytics", "700", "Nova Fitness Co"},
            {"Python developer for Safari/Selenium automation", "1500", "Cobalt Ventures"},
            {"Set up AI SDR for outbound email campaigns", "4000", "Fieldstone Software"},
            {"Personal brand content system for a consultant", "997", "Harbor Consulting"},
            {"Automate weekly KPI report from Stripe + HubSpot", "1100", "Peak Tutoring"},
            {"Instagram DM automation for creator course launch", "1600", "Studio Marlow"},
            {"GPT workflow to summarise sales calls into CRM notes", "2200", "Quarry Labs"},
            {"Automated onboarding email sequence (Resend)", "800", "Tidepool Apps"},
            {"Build internal tool to approve outbound messages", "2800", "Meridian Growth"},
            {"Content repurposing pipeline: podcast to clips", "1400", "Echo Media House"},
            {"Lead scoring model for inbound demo requests", "1900", "Orbit CRM"},
            {"AI automation audit for a 20-person agency", "3500", "Foxglove Digital"},
            {"Automate Upwork and LinkedIn prospect research", "2400", "Summit Recruiting"},
            {"Zapier cleanup and migration to Make", "650", "Little Pine Bakery"},
            {"Chatbot for coaching program FAQs", "1250", "Rise Coaching Collective"}};

    private final DemoCalendar calendar;
    private final List<Job> jobs = new ArrayList<>();

    UpworkDemo(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    List<Job> jobs() {
        return List.copyOf(jobs);
    }

    List<Job> withStatus(String status) {
        return jobs.stream().filter(j -> j.status().equals(status)).toList();
    }

    void write(DemoDataset data) {
        DemoTable table = data.define(DemoTable.of("actp_upwork_jobs", "id", "job_id", "title", "budget_usd", "status",
                "proposal_text", "contract_value_usd", "url", "description", "client_name", "posted_at", "created_at"));
        for (int i = 0; i < JOBS.length; i++) {
            int number = i + 1;
            String status = i < 6 ? "new" : i < 11 ? "proposal_drafted" : i < 16 ? "submitted" : i < 18 ? "won" : "lost";
            Instant posted = calendar.daysBefore(postedDaysAgo(status, i));
            String title = JOBS[i][0];
            BigDecimal budget = new BigDecimal(JOBS[i][1]).setScale(2);
            String proposal = status.equals("new") ? null : proposal(title, JOBS[i][2]);
            BigDecimal contract = status.equals("won") ? budget.multiply(new BigDecimal("0.90")).setScale(2) : null;
            String jobId = "~01" + DemoIds.hex("upwork-job", number, 16);
            Job job = new Job(number, DemoIds.of("upwork-job", number), title, status, proposal, posted);
            jobs.add(job);
            table.add(job.id(), jobId, title, budget, status, proposal, contract, "https://www.upwork.com/jobs/" + jobId,
                    description(title, JOBS[i][2]), JOBS[i][2], posted, posted.plus(Duration.ofMinutes(25)));
        }
    }

    private static double postedDaysAgo(String status, int i) {
        return switch (status) {
            case "new" -> 0.1 + 0.25 * (i % 6);
            case "proposal_drafted" -> 0.8 + 0.4 * (i % 5);
            case "submitted" -> 2.5 + 1.5 * (i % 5);
            case "won" -> 18 + 12 * (i % 2);
            default -> 12 + 9 * (i % 2);
        };
    }

    private static String description(String title, String client) {
        return client + " is looking for help: " + title.toLowerCase(Locale.ROOT)
                + ". Must have shipped similar work; please share two examples and a rough timeline.";
    }

    private static String proposal(String title, String client) {
        return "Hi " + client + " team — I've built this exact kind of system (" + title.toLowerCase(Locale.ROOT)
                + ") for three clients this year. My plan: a 30-minute scoping call, a working first version within a week, "
                + "then a week of tuning with your data. Happy to share a Loom walkthrough of a similar build.";
    }
}
