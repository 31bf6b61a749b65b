package com.revops.integrations.revenue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.revops.domain.alerts.Alert;
import com.revops.domain.alerts.AlertRules;
import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Money;
import com.revops.domain.common.PastMoments;
import com.revops.domain.common.RevenueEventType;
import com.revops.domain.revenue.OfferCatalog;
import com.revops.integrations.db.SqlTime;

/**
 * {@code --log-deal CONTACT AMOUNT OFFER} and the console's form (SPEC §5): checks every field,
 * then in one transaction records the revenue event (days_to_close from the contact's first
 * contact), moves the contact to closed_won with a transition row and notes the interaction.
 * Bad input changes nothing (SPEC §9). A second deal of the same contact, amount and offer within
 * 24 hours is refused as a likely duplicate ({@link DuplicateDealException}) unless the request allows it.
 */
public final class DealRecorder {
    /** A deal of the same contact, amount and offer closer than this to another is taken for a duplicate. */
    public static final Duration DUPLICATE_WINDOW = Duration.ofHours(24);
    private final Jdbi jdbi;

    public DealRecorder(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public RecordedDeal record(DealRequest request, Instant at, Instant realNow) {
        BigDecimal amount = Money.parsePositive("AMOUNT", request.amount());
        RevenueEventType type = request.eventType().map(t -> RevenueEventType.parse("--event-type", t)).orElse(RevenueEventType.DEAL_WON);
        if (PastMoments.isAhead(at, realNow)) { // a typo in --as-of, not a plan
            throw new InvalidInputException("--as-of", "a deal cannot be logged in the future (" + at + ")");
        }
        return jdbi.inTransaction(h -> {
            OfferCatalog catalog = new RevenueRepository(jdbi).offerCatalog();
            String offer = catalog.canonical(request.offer()).orElseThrow(() -> new InvalidInputException("OFFER",
                    "unknown offer '" + request.offer() + "'; known offers: " + String.join(", ", new java.util.TreeSet<>(catalog.values().keySet()))));
            // the contact's row stays locked to the end of the transaction: a second deal for the same contact at the same
            // moment waits, then sees this one (its stage, its revenue event), so one move writes one transition
            Map<String, Object> contact = findContact(h, request.contact());
            UUID id = (UUID) contact.get("id");
            String stage = (String) contact.get("stage");
            String name = Optional.ofNullable((String) contact.get("name")).orElse(request.contact());
            if ("closed_lost".equals(stage)) {
                throw new InvalidInputException("CONTACT", name + " is closed_lost; re-open the contact before logging a deal");
            }
            @SuppressWarnings("unchecked")
            Optional<Instant> firstContact = (Optional<Instant>) contact.get("first_contact_at");
            if (firstContact.isPresent() && at.isBefore(firstContact.get())) {
                throw new InvalidInputException("--as-of", "the deal would close before " + name + "'s first contact (" + firstContact.get() + ")");
            }
            if (!request.allowDuplicate()) {
                String contactName = name;
                findDuplicate(h, id, amount, offer, at).ifPresent(earlier -> {
                    throw new DuplicateDealException(contactName, earlier);
                });
            }
            Integer daysToClose = firstContact.map(f -> (int) Duration.between(f, at).toDays()).orElse(null);
            String platform = request.platform().orElse((String) contact.get("platform"));
            String niche = request.niche().orElse((String) contact.get("niche"));
            UUID eventId = h.createQuery("""
                            INSERT INTO actp_revenue_events (contact_id, event_type, offer_tag, amount, platform_source, niche_source,
                                days_to_close, notes, closed_at, created_at)
                            VALUES (:c, :type, :offer, :amount, :platform, :niche, :days, :notes, :at, :at) RETURNING id""")
                    .bind("c", id).bind("type", type.code()).bind("offer", offer).bind("amount", amount)
                    .bind("platform", platform).bind("niche", niche).bind("days", daysToClose)
                    .bind("notes", request.notes().orElse(null)).bind("at", SqlTime.bind(at))
                    .mapTo(UUID.class).one();
            boolean moved = type == RevenueEventType.DEAL_WON && !"closed_won".equals(stage);
            if (moved) {
                h.createUpdate("""
                                INSERT INTO actp_stage_transitions (contact_id, from_stage, to_stage, transitioned_at)
                                VALUES (:c, :from, 'closed_won', :at)""")
                        .bind("c", id).bind("from", stage).bind("at", SqlTime.bind(at)).execute();
                h.createUpdate("""
                                UPDATE crm_contacts SET stage = 'closed_won', stage_entered_at = :at, offer_tag = coalesce(offer_tag, :offer),
                                       updated_at = :at WHERE id = :c""")
                        .bind("c", id).bind("at", SqlTime.bind(at)).bind("offer", offer).execute();
            }
            h.createUpdate("UPDATE crm_contacts SET last_interaction_at = greatest(coalesce(last_interaction_at, :at), :at) WHERE id = :c")
                    .bind("c", id).bind("at", SqlTime.bind(at)).execute();
            h.createUpdate("""
                            INSERT INTO actp_interactions (contact_id, type, content, platform, created_at)
                            VALUES (:c, :type, :content, :platform, :at)""")
                    .bind("c", id).bind("type", type.code()).bind("platform", platform).bind("at", SqlTime.bind(at))
                    .bind("content", type.code().replace('_', ' ') + ": " + Money.formatCents(amount) + " " + offer
                            + request.notes().map(n -> " — " + n).orElse(""))
                    .execute();
            String ref = Optional.ofNullable((String) contact.get("external_id")).orElse(id.toString().substring(0, 8));
            return new RecordedDeal(eventId, id, name, ref, type, offer, amount, at, Optional.ofNullable(daysToClose), moved ? Optional.of(stage) : Optional.empty());
        });
    }

    /** The latest deal of the contact with the same amount and offer closed within 24 hours of {@code at}, either side. */
    private static Optional<EarlierDeal> findDuplicate(Handle h, UUID contact, BigDecimal amount, String offer, Instant at) {
        return h.createQuery("""
                        SELECT id, event_type, amount, offer_tag, closed_at FROM actp_revenue_events
                         WHERE contact_id = :c AND amount = :amount AND offer_tag = :offer
                           AND closed_at > :from AND closed_at < :to
                         ORDER BY closed_at DESC LIMIT 1""")
                .bind("c", contact).bind("amount", amount).bind("offer", offer)
                .bind("from", SqlTime.bind(at.minus(DUPLICATE_WINDOW))).bind("to", SqlTime.bind(at.plus(DUPLICATE_WINDOW)))
                .map((rs, ctx) -> new EarlierDeal(rs.getObject("id", UUID.class), rs.getString("event_type"), rs.getBigDecimal("amount"),
                        rs.getString("offer_tag"), SqlTime.read(rs, "closed_at").orElseThrow()))
                .findOne();
    }

    private static Map<String, Object> findContact(Handle h, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new InvalidInputException("CONTACT", "is required (a contact's uuid or external id)");
        }
        UUID uuid = null;
        try {
            uuid = UUID.fromString(ref.trim());
        } catch (IllegalArgumentException notAUuid) {
            // an external id
        }
        return h.createQuery("""
                        SELECT id, external_id, name, stage, platform, niche, first_contact_at FROM crm_contacts
                         WHERE external_id = :ref OR id = :uuid
                         ORDER BY (external_id = :ref) DESC LIMIT 1
                           FOR UPDATE""")
                .bind("ref", ref.trim()).bind("uuid", uuid)
                .map((rs, ctx) -> {
                    Map<String, Object> row = new java.util.HashMap<>();
                    row.put("id", rs.getObject("id", UUID.class));
                    for (String column : new String[] {"external_id", "name", "stage", "platform", "niche"}) {
                        row.put(column, rs.getString(column));
                    }
                    row.put("first_contact_at", SqlTime.read(rs, "first_contact_at"));
                    return row;
                })
                .findOne()
                .orElseThrow(() -> new InvalidInputException("CONTACT", "no contact with id or external id '" + ref.trim() + "'"));
    }

    /**
     * What the operator typed. {@code allowDuplicate}: log it even when the contact has a deal of the same amount
     * and offer within 24 hours ({@code --allow-duplicate}, or confirmed in the console's form).
     */
    public record DealRequest(String contact, String amount, String offer, Optional<String> eventType, Optional<String> platform,
                              Optional<String> niche, Optional<String> notes, boolean allowDuplicate) {
        public DealRequest withDuplicateAllowed() {
            return new DealRequest(contact, amount, offer, eventType, platform, niche, notes, true);
        }
    }

    /** What was recorded. {@code movedFrom} is the stage the contact left for closed_won, if it moved. */
    public record RecordedDeal(UUID eventId, UUID contactId, String contactName, String contactRef, RevenueEventType type, String offer,
                               BigDecimal amount, Instant closedAt, Optional<Integer> daysToClose, Optional<String> movedFrom) {
        /** The deal's own deal_closed alert: its subject names the deal, so every deal is sent, even several a day for one contact. */
        public Alert alert() {
            return AlertRules.dealClosed(contactName + " (" + contactRef + "), deal " + DuplicateDealException.shortId(eventId), contactName,
                    amount, offer, type.code());
        }
    }

    /** A deal already recorded: what a new one may duplicate. */
    public record EarlierDeal(UUID eventId, String eventType, BigDecimal amount, String offer, Instant closedAt) {
    }
}
