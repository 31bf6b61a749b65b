package com.revops.integrations.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.revops.domain.common.Stage;

/** Writes the simulated contacts, their stage transitions and their prospect scores. */
final class ContactRecords {
    private final DemoCatalog catalog;
    private final Random random = DemoDataset.random("contact-records");

    ContactRecords(DemoCatalog catalog) {
        this.catalog = catalog;
    }

    void write(List<DemoContact> contacts, DemoDataset data) {
        DemoTable rows = data.define(DemoTable.of("crm_contacts", "id", "external_id", "name", "platform", "handle",
                "email", "niche", "offer_tag", "score", "stage", "stage_entered_at", "first_contact_at", "source",
                "tags:text[]", "notes", "created_at", "updated_at"));
        DemoTable transitions = data.define(DemoTable.withIds("actp_stage_transitions",
                "contact_id", "from_stage", "to_stage", "transitioned_at"));
        DemoTable scores = data.define(DemoTable.withIds("actp_prospect_scores", "contact_id", "score", "factors:jsonb", "scored_at"));
        for (DemoContact contact : contacts) {
            ContactProfile p = contact.profile();
            rows.add(contact.id(), contact.externalId(), p.name(), p.platform(), p.handle(), p.email(), p.niche(),
                    p.offerTag(), contact.score(), contact.stage().code(), contact.stageEnteredAt(),
                    contact.firstContactAt(), p.source(), p.tags(), note(contact), contact.firstContactAt(),
                    contact.stageEnteredAt());
            for (DemoContact.Move move : contact.moves()) {
                transitions.add(contact.id(), move.from().code(), move.to().code(), move.at());
            }
            addScores(contact, scores);
        }
    }

    private String note(DemoContact contact) {
        String offer = contact.profile().offerTag() == null ? "a custom scope" : catalog.offer(contact.profile().offerTag()).name();
        return switch (contact.stage()) {
            case DECISION -> "Comparing " + offer + " with an in-house hire; asked for two references.";
            case CALL_BOOKED -> "Discovery call booked; wants " + offer + " live before next quarter.";
            case CLOSED_WON -> "Signed " + offer + ". Kickoff done, invoices monthly.";
            case CLOSED_LOST -> contact.number() % 2 == 0 ? "No budget this quarter." : "Went with a cheaper freelancer.";
            default -> null;
        };
    }

    private void addScores(DemoContact contact, DemoTable scores) {
        BigDecimal latest = contact.score();
        Instant firstScored = contact.firstContactAt().plus(Duration.ofHours(2));
        if (contact.moves().isEmpty()) {
            scores.add(contact.id(), latest, factors(contact, latest), firstScored);
            return;
        }
        BigDecimal earlier = latest.subtract(BigDecimal.valueOf(RandomDraws.between(random, 4, 22))).max(BigDecimal.ONE).setScale(2);
        if (contact.stage() == Stage.CLOSED_LOST) {
            earlier = latest.add(BigDecimal.valueOf(RandomDraws.between(random, 5, 20))).min(BigDecimal.valueOf(99)).setScale(2);
        }
        scores.add(contact.id(), earlier, factors(contact, earlier), firstScored.isBefore(contact.stageEnteredAt())
                ? firstScored : contact.firstContactAt());
        scores.add(contact.id(), latest, factors(contact, latest), contact.stageEnteredAt());
    }

    private String factors(DemoContact contact, BigDecimal score) {
        double s = score.doubleValue() / 100;
        double fit = clamp(s + RandomDraws.between(random, -0.15, 0.15));
        double engagement = clamp(s + RandomDraws.between(random, -0.2, 0.2));
        double intent = clamp(s * s + RandomDraws.between(random, -0.1, 0.1));
        String offer = contact.profile().offerTag() == null ? "null" : "\"" + contact.profile().offerTag() + "\"";
        return String.format(Locale.ROOT,
                "{\"fit\": %.2f, \"engagement\": %.2f, \"intent\": %.2f, \"platform\": \"%s\", \"niche\": \"%s\", \"offer\": %s}",
                fit, engagement, intent, contact.profile().platform(), contact.profile().niche(), offer);
    }

    private static double clamp(double value) {
        return Math.max(0.01, Math.min(0.99, value));
    }
}
