package com.revops.integrations.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The three email sequences (PRD-019 §4.8) and sixty days of sends. The reply rate sits near 8.5%
 * until a week ago and near 6.5% in the last seven days, so the reply_rate_drop alert has a true
 * story to tell. Replies per day are counted out exactly (not drawn), so the two weeks' rates do
 * not wander with the seed.
 */
final class EmailDemo {
    private static final int DAYS = 60;
    private static final double RECENT_REPLY_RATE = 0.065;
    private static final double EARLIER_REPLY_RATE = 0.086;

    private record Sequence(UUID id, String name, List<String> subjects) {
    }

    private final DemoCalendar calendar;
    private final Random random = DemoDataset.random("email");

    EmailDemo(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    void write(List<DemoContact> contacts, DemoDataset data) {
        List<Sequence> sequences = writeSequences(data);
        DemoTable sends = data.define(DemoTable.withIds("actp_email_sends", "sequence_id", "contact_id", "step_number",
                "subject", "status", "sent_at", "opened_at", "clicked_at", "replied_at"));
        List<DemoContact> byFirstContact = new ArrayList<>(contacts);
        byFirstContact.sort(Comparator.comparing(DemoContact::firstContactAt));
        double owedReplies = 0;
        for (int day = DAYS; day >= 1; day--) {
            int count = RandomDraws.between(random, 50, 70);
            owedReplies += count * (day <= 7 ? RECENT_REPLY_RATE : EARLIER_REPLY_RATE * RandomDraws.between(random, 0.97, 1.03));
            int replies = (int) Math.floor(owedReplies);
            owedReplies -= replies;
            List<Boolean> replied = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                replied.add(i < replies);
            }
            Collections.shuffle(replied, random);
            for (int i = 0; i < count; i++) {
                Instant sentAt = calendar.onDay(day, RandomDraws.between(random, 0.30, 0.80));
                addSend(sends, sequences, recipient(byFirstContact, sentAt), sentAt, replied.get(i));
            }
        }
    }

    private void addSend(DemoTable sends, List<Sequence> sequences, DemoContact contact, Instant sentAt, boolean replied) {
        Sequence sequence = RandomDraws.weighted(random, sequences, 40, 15, 45);
        int step = 1 + random.nextInt(sequence.subjects().size());
        String subject = sequence.subjects().get(step - 1).replace("{first}", contact.profile().firstName());
        boolean bounced = !replied && random.nextDouble() < 0.02;
        boolean opened = replied || !bounced && random.nextDouble() < 0.44;
        boolean clicked = opened && (replied ? random.nextDouble() < 0.5 : random.nextDouble() < 0.25);
        Instant openedAt = opened ? calendar.laterBeforeAnchor(sentAt, RandomDraws.between(random, 0.1, 6.0), 0.5) : null;
        Instant clickedAt = clicked ? calendar.laterBeforeAnchor(openedAt, RandomDraws.between(random, 0.01, 0.5), 0.5) : null;
        Instant repliedAt = replied ? calendar.laterBeforeAnchor(openedAt, RandomDraws.between(random, 0.2, 8.0), 0.8) : null;
        String status = bounced ? "bounced" : replied ? "replied" : clicked ? "clicked" : opened ? "opened" : "delivered";
        sends.add(sequence.id(), contact.id(), step, subject, status, sentAt, openedAt, clickedAt, repliedAt);
    }

    /** A contact already known when the mail went out. */
    private DemoContact recipient(List<DemoContact> byFirstContact, Instant sentAt) {
        int known = 0;
        while (known < byFirstContact.size() && byFirstContact.get(known).firstContactAt().isBefore(sentAt)) {
            known++;
        }
        return byFirstContact.get(random.nextInt(Math.max(1, known)));
    }

    private List<Sequence> writeSequences(DemoDataset data) {
        DemoTable table = data.define(DemoTable.of("actp_email_sequences", "id", "name", "trigger", "steps:jsonb", "active", "created_at"));
        Instant created = calendar.daysBefore(150);
        List<Sequence> sequences = List.of(
                new Sequence(DemoIds.of("email-sequence", 1), "Trial onboarding", List.of(
                        "{first}, your first automation in 10 minutes",
                        "The feature our best customers use on day 3",
                        "{first}, 20% off if you upgrade this week")),
                new Sequence(DemoIds.of("email-sequence", 2), "Win-back", List.of(
                        "{first}, we rebuilt the thing you asked for")),
                new Sequence(DemoIds.of("email-sequence", 3), "Weekly digest", List.of(
                        "3 automations saving our clients 10 hours a week")));
        table.add(sequences.get(0).id(), "Trial onboarding", "trial_started", """
                [{"day": 1, "template": "feature_highlight", "subject": "Your first automation in 10 minutes"},
                 {"day": 3, "template": "conversion_nudge", "subject": "The feature our best customers use on day 3"},
                 {"day": 7, "template": "discount", "subject": "20% off if you upgrade this week"}]""", true, created);
        table.add(sequences.get(1).id(), "Win-back", "subscription_churned", """
                [{"day": 30, "template": "personalized_offer", "subject": "We rebuilt the thing you asked for"}]""",
                true, created);
        table.add(sequences.get(2).id(), "Weekly digest", "weekly_warm_leads", """
                [{"day": 7, "repeat": "weekly", "template": "digest", "audience": "warm CRM leads"}]""", true, created);
        return sequences;
    }
}
