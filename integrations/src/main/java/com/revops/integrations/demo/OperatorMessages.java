package com.revops.integrations.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import com.revops.domain.common.Stage;

/**
 * The messages a solo operator sends a prospect while it sits in a stage, beyond the first touch and the
 * message that moves it on: nudges while it stays cold (after 4 and 9 days), a breakdown and a check-in
 * while it is aware, answers and a walkthrough while it considers, the proposal and its follow-up at the
 * decision, the agenda before the call. They are the operator's time that offer ROI counts (3 minutes a
 * message by default, docs/decisions/0042-demo-history-of-a-solo-operator.md). A decision contact marked
 * silent got nothing in its last three days.
 */
final class OperatorMessages {
    private static final double[] NUDGE_DAYS = {4, 9};
    private static final Duration SILENT_FOR = Duration.ofHours(84);

    private final DemoCalendar calendar;
    private final DemoCatalog catalog;
    private final DemoTable interactions;
    private final Random random = DemoDataset.random("operator-messages");

    OperatorMessages(DemoCalendar calendar, DemoCatalog catalog, DemoTable interactions) {
        this.calendar = calendar;
        this.catalog = catalog;
        this.interactions = interactions;
    }

    /** Writes the messages of each stage the contact has been in, each inside its stay there. */
    void write(DemoContact contact) {
        Stage stage = contact.startStage();
        Instant entered = contact.firstContactAt();
        for (DemoContact.Move move : contact.moves()) {
            during(contact, stage, entered, move.at());
            stage = move.to();
            entered = move.at();
        }
        if (stage.isOpen()) {
            Instant end = contact.silent() ? calendar.anchor().minus(SILENT_FOR) : calendar.anchor();
            if (end.isAfter(entered)) {
                during(contact, stage, entered, end);
            }
        }
    }

    private void during(DemoContact contact, Stage stage, Instant from, Instant to) {
        if (stage == Stage.COLD) {
            for (double days : NUDGE_DAYS) {
                Instant at = from.plusMillis(Math.round((days + RandomDraws.between(random, -0.5, 0.5)) * 86_400_000d));
                if (at.isBefore(to)) {
                    send(contact, "Follow-up nudge " + (days < 5 ? "1" : "2") + ": one line on "
                            + PitchWording.topic(contact.profile().niche()) + "; no reply yet.", at);
                }
            }
            return;
        }
        List<String> texts = texts(contact, stage);
        for (int i = 0; i < texts.size(); i++) {
            double share = (i + RandomDraws.between(random, 0.2, 0.8)) / texts.size();
            send(contact, texts.get(i), from.plusMillis(Math.round(Duration.between(from, to).toMillis() * share)));
        }
    }

    private List<String> texts(DemoContact contact, Stage stage) {
        ContactProfile p = contact.profile();
        String offer = p.offerTag() == null ? "a custom engagement" : catalog.offer(p.offerTag()).name();
        return switch (stage) {
            case AWARENESS -> List.of("Sent a short breakdown of how " + PitchWording.oneOf(p.niche()) + " handles "
                    + PitchWording.topic(p.niche()) + ".", "Checked in: asked what they want to fix first.");
            case CONSIDERATION -> List.of("Answered their questions on scope and timeline for " + offer + ".",
                    "Shared a 3-minute Loom walking through " + PitchWording.pitch(p.offerTag()) + ".");
            case DECISION -> List.of("Sent the " + offer + " proposal with two options.",
                    "Followed up on the proposal; offered a call to go through it.");
            case CALL_BOOKED -> List.of("Sent the call agenda and a short prep questionnaire.");
            default -> List.of();
        };
    }

    private void send(DemoContact contact, String text, Instant at) {
        String type = contact.profile().platform().equals("email") ? "email_sent" : "dm_sent";
        interactions.add(contact.id(), type, text, contact.profile().platform(), at);
    }
}
