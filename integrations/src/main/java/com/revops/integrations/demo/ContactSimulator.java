package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.revops.domain.common.Stage;

/**
 * Walks each prospect through the pipeline, cold → awareness → consideration → decision →
 * call_booked → closed_won. At each stage a contact converts with the stage's probability after an
 * exponential wait; otherwise nearly all are lost some days later (a few go stale and sit where they
 * are), so the forecast's accuracy history is what a real pipeline would show.
 * A few conversions skip a stage. The simulated past ends at the start of today: a move that would
 * happen later does not happen. One deal that had its closing call booked closes this morning, so
 * the current month always has a deal, even on its first day.
 */
final class ContactSimulator {
    static final int CONTACTS = 900;

    private static final double[] CONVERTS = {0.45, 0.40, 0.45, 0.55, 0.45};
    private static final double[] MEAN_DAYS = {6, 12, 18, 9, 4};
    private static final double SKIPS = 0.04;
    private static final double LOST_SHARE = 0.97;
    private static final double HISTORY_DAYS = 180;
    private static final int SILENT_DECISIONS = 3;

    private final DemoCalendar calendar;
    private final ContactProfiles profiles;
    private final Random random = DemoDataset.random("contacts");

    ContactSimulator(DemoCalendar calendar, DemoCatalog catalog) {
        this.calendar = calendar;
        this.profiles = new ContactProfiles(catalog);
    }

    List<DemoContact> simulate() {
        List<DemoContact> contacts = new ArrayList<>();
        for (int number = 1; number <= CONTACTS; number++) {
            ContactProfile profile = profiles.next(number, random);
            Instant first = calendar.daysBefore(RandomDraws.between(random, 0.2, HISTORY_DAYS));
            Stage start = RandomDraws.weighted(random, List.of(Stage.COLD, Stage.AWARENESS, Stage.CONSIDERATION), 70, 20, 10);
            DemoContact contact = new DemoContact(number, profile, first, start);
            walk(contact);
            contacts.add(contact);
        }
        closeOneDealThisMorning(contacts);
        markSilentDecisions(contacts);
        contacts.forEach(this::score);
        return contacts;
    }

    private void walk(DemoContact contact) {
        Instant cutoff = calendar.anchor();
        Instant at = contact.firstContactAt();
        Stage stage = contact.startStage();
        while (stage.isOpen()) {
            int step = stage.ordinal();
            if (random.nextDouble() < CONVERTS[step]) {
                Stage to = stage.next().orElseThrow();
                if (to.rank() < Stage.CALL_BOOKED.rank() && random.nextDouble() < SKIPS) {
                    to = to.next().orElseThrow();
                }
                at = later(at, RandomDraws.exponentialDays(random, MEAN_DAYS[step]));
                if (at.isAfter(cutoff)) {
                    return;
                }
                contact.moveTo(to, at);
                stage = to;
            } else {
                if (random.nextDouble() < LOST_SHARE) {
                    at = later(at, RandomDraws.exponentialDays(random, MEAN_DAYS[step] * 1.5));
                    if (!at.isAfter(cutoff)) {
                        contact.moveTo(Stage.CLOSED_LOST, at);
                    }
                }
                return;
            }
        }
    }

    private void closeOneDealThisMorning(List<DemoContact> contacts) {
        contacts.stream()
                .filter(c -> c.stage() == Stage.CALL_BOOKED && c.stageEnteredAt().isBefore(calendar.daysBefore(1)))
                .min(Comparator.comparing(DemoContact::stageEnteredAt))
                .ifPresent(c -> c.moveTo(Stage.CLOSED_WON, calendar.today(0.35)));
    }

    /** A few decision-stage contacts that have waited for days get no follow-up (high_value_silent). */
    private void markSilentDecisions(List<DemoContact> contacts) {
        contacts.stream()
                .filter(c -> c.stage() == Stage.DECISION && c.stageEnteredAt().isBefore(calendar.daysBefore(4)))
                .limit(SILENT_DECISIONS)
                .forEach(DemoContact::markSilent);
    }

    private void score(DemoContact contact) {
        Stage reached = contact.reached();
        double base = switch (reached) {
            case COLD -> 18;
            case AWARENESS -> 35;
            case CONSIDERATION -> 50;
            case DECISION -> 66;
            case CALL_BOOKED -> 76;
            default -> 84;
        };
        double score = base + RandomDraws.between(random, -12.0, 14.0);
        if (contact.stage() == Stage.CLOSED_LOST) {
            score -= 15;
        }
        contact.score(BigDecimal.valueOf(Math.round(Math.max(1, Math.min(99, score)) * 10) / 10.0).setScale(2));
    }

    private static Instant later(Instant at, double days) {
        return at.plus(Duration.ofMillis(Math.round(days * 86_400_000d)));
    }
}
