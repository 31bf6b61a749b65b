package com.revops.integrations.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import com.revops.domain.common.Stage;

/**
 * Each contact's interaction timeline, consistent with its stage history: the first touch, one
 * interaction per stage change, the operator's messages while it sat in each stage ({@link OperatorMessages}),
 * and a follow-up where a real operator would have made one. Decision
 * contacts are touched within the last day, except the few marked silent.
 */
final class ContactTimeline {
    private final DemoCalendar calendar;
    private final DemoCatalog catalog;
    private final Random random = DemoDataset.random("timeline");
    private DemoTable interactions;

    ContactTimeline(DemoCalendar calendar, DemoCatalog catalog) {
        this.calendar = calendar;
        this.catalog = catalog;
    }

    void write(List<DemoContact> contacts, DemoDataset data) {
        interactions = data.define(DemoTable.withIds("actp_interactions", "contact_id", "type", "content", "platform", "created_at"));
        OperatorMessages messages = new OperatorMessages(calendar, catalog, interactions);
        for (DemoContact contact : contacts) {
            firstTouch(contact);
            for (DemoContact.Move move : contact.moves()) {
                add(contact, typeFor(contact, move.to()), textFor(contact, move.to()), move.at());
            }
            messages.write(contact);
            followUp(contact);
        }
    }

    /** The interactions table, for parts that log more (sent outreach). */
    DemoTable interactions() {
        return interactions;
    }

    private void firstTouch(DemoContact c) {
        ContactProfile p = c.profile();
        String platform = PitchWording.platformName(p.platform());
        switch (c.startStage()) {
            case AWARENESS -> add(c, reply(p), "Liked and replied to our " + platform + " post on "
                    + PitchWording.topic(p.niche()) + "; followed back.", c.firstContactAt());
            case CONSIDERATION -> add(c, reply(p), "Inbound (" + p.source() + "): asked how "
                    + PitchWording.pitch(p.offerTag()) + " works for " + PitchWording.audience(p.niche()) + ".", c.firstContactAt());
            default -> {
                if (p.platform().equals("linkedin")) {
                    add(c, "note", "Found via LinkedIn search; commented on their post about "
                            + PitchWording.topic(p.niche()) + ".", c.firstContactAt());
                } else {
                    add(c, sent(p), "Opened with a note on their " + PitchWording.topic(p.niche()) + " post and "
                            + PitchWording.pitch(p.offerTag()) + ".", c.firstContactAt());
                }
            }
        }
    }

    private String typeFor(DemoContact c, Stage to) {
        return switch (to) {
            case AWARENESS, DECISION -> reply(c.profile());
            case CONSIDERATION -> sent(c.profile());
            case CLOSED_WON -> "call";
            default -> "note";
        };
    }

    private String textFor(DemoContact c, Stage to) {
        ContactProfile p = c.profile();
        String offer = p.offerTag() == null ? "a custom engagement" : catalog.offer(p.offerTag()).name();
        return switch (to) {
            case AWARENESS -> "Replied: \"" + PitchWording.topic(p.niche()) + " is exactly what we're stuck on.\"";
            case CONSIDERATION -> "Sent the " + offer + " case study: how " + PitchWording.oneOf(p.niche()) + " managed to "
                    + PitchWording.result(p.niche()) + ".";
            case DECISION -> "Asked for pricing and timeline for " + offer + ".";
            case CALL_BOOKED -> "Discovery call booked via Calendly.";
            case CLOSED_WON -> "Closing call: signed " + offer + "; kickoff scheduled.";
            case CLOSED_LOST -> c.number() % 2 == 0 ? "Marked lost: no budget this quarter."
                    : "Marked lost: went with a cheaper freelancer.";
            default -> "Stage changed to " + to.label() + ".";
        };
    }

    private void followUp(DemoContact c) {
        Instant entered = c.stageEnteredAt();
        Instant anchor = calendar.anchor();
        ContactProfile p = c.profile();
        switch (c.stage()) {
            case DECISION -> {
                if (!c.silent()) {
                    Instant at = calendar.daysBefore(RandomDraws.between(random, 0.01, 0.6));
                    add(c, sent(p), "Sent proposal draft and two client references.", at.isAfter(entered) ? at : midway(entered));
                }
            }
            case CALL_BOOKED -> add(c, "note", "Call prep: reviewed their " + PitchWording.topic(p.niche()) + " numbers.",
                    latest(entered, calendar.daysBefore(RandomDraws.between(random, 0.05, 1.5))));
            case AWARENESS, CONSIDERATION -> {
                if (random.nextDouble() < 0.6) {
                    Instant at = calendar.daysBefore(RandomDraws.exponentialDays(random, 5));
                    if (at.isAfter(entered)) {
                        add(c, sent(p), "Followed up with a short Loom on " + PitchWording.topic(p.niche()) + ".", at);
                    }
                }
            }
            case CLOSED_WON -> {
                Instant at = entered.plusSeconds(86_400);
                if (at.isBefore(anchor)) {
                    add(c, "note", "Onboarding kickoff held; access to tools granted.", at);
                }
            }
            default -> {
                // lost contacts are left alone
            }
        }
    }

    private Instant midway(Instant entered) {
        return entered.plusMillis(Duration.between(entered, calendar.anchor()).toMillis() / 2);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String reply(ContactProfile p) {
        return p.platform().equals("email") ? "email_reply" : "dm_reply";
    }

    private static String sent(ContactProfile p) {
        return p.platform().equals("email") ? "email_sent" : "dm_sent";
    }

    private void add(DemoContact contact, String type, String content, Instant at) {
        interactions.add(contact.id(), type, content, contact.profile().platform(), at);
    }
}
