package com.revops.integrations.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Money;
import com.revops.domain.common.Stage;
import com.revops.integrations.db.DatabaseErrors;

/**
 * The offer catalog ({@code actp_offers}) as Settings edits it: list with usage, add or change an
 * offer, remove one that no contact uses. Every refusal names the field and changes nothing.
 */
public final class OfferCatalogRepository {
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9_]{0,39}");

    private final Jdbi jdbi;

    public OfferCatalogRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<CatalogOffer> offers() {
        return DatabaseErrors.inTransaction(jdbi, "Reading the offer catalog", h -> h.createQuery("""
                        SELECT o.offer_tag, coalesce(o.name, o.offer_tag) AS name, o.avg_deal_value, o.target_stage, o.active,
                               (SELECT count(*) FROM crm_contacts c WHERE c.offer_tag = o.offer_tag) AS contacts
                          FROM actp_offers o ORDER BY o.active DESC, o.avg_deal_value DESC, o.offer_tag""")
                .map((rs, ctx) -> new CatalogOffer(rs.getString("offer_tag"), rs.getString("name"), rs.getBigDecimal("avg_deal_value"),
                        Optional.ofNullable(rs.getString("target_stage")), rs.getBoolean("active"), rs.getLong("contacts")))
                .list());
    }

    /** The rules an offer's fields must pass before anything is written (the console checks each field with them as it is typed). */
    public static void check(String tag, String name, String avgDealValue, String targetStage) {
        String offerTag = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
        if (!TAG.matcher(offerTag).matches()) {
            throw new InvalidInputException("offer tag", "'" + (tag == null ? "" : tag.strip())
                    + "' is not an offer tag (lower-case letters, digits and _, e.g. ai_automation)");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        nonNegative("avg deal value", avgDealValue);
        if (targetStage != null && !targetStage.isBlank()) {
            Stage.parse("target stage", targetStage.strip());
        }
    }

    /** Adds the offer, or changes the one with this tag. */
    public CatalogOffer save(String tag, String name, String avgDealValue, String targetStage, boolean active, Instant at) {
        check(tag, name, avgDealValue, targetStage);
        String offerTag = tag.strip().toLowerCase(Locale.ROOT);
        BigDecimal value = nonNegative("avg deal value", avgDealValue);
        Optional<String> stage = targetStage == null || targetStage.isBlank() ? Optional.empty()
                : Optional.of(Stage.parse("target stage", targetStage.strip()).code());
        DatabaseErrors.inTransaction(jdbi, "Saving an offer", h -> h.createUpdate("""
                        INSERT INTO actp_offers (offer_tag, name, avg_deal_value, target_stage, active, created_at)
                        VALUES (:t, :n, :v, :s, :a, :at)
                        ON CONFLICT (offer_tag) DO UPDATE SET name = excluded.name, avg_deal_value = excluded.avg_deal_value,
                            target_stage = excluded.target_stage, active = excluded.active""")
                .bind("t", offerTag).bind("n", name.strip()).bind("v", value).bind("s", stage.orElse(null)).bind("a", active)
                .bind("at", com.revops.integrations.db.SqlTime.bind(at)).execute());
        return offers().stream().filter(o -> o.tag().equals(offerTag)).findFirst().orElseThrow();
    }

    /** Removes an offer no contact uses; one in use is refused with the number of contacts (make it inactive instead). */
    public void remove(String tag) {
        DatabaseErrors.inTransaction(jdbi, "Removing an offer", h -> {
            long used = h.createQuery("SELECT count(*) FROM crm_contacts WHERE offer_tag = :t").bind("t", tag).mapTo(Long.class).one();
            if (used > 0) {
                throw new InvalidInputException("offer", "'" + tag + "' is used by " + used + " contact" + (used == 1 ? "" : "s")
                        + "; untick active to retire it instead");
            }
            if (h.createUpdate("DELETE FROM actp_offers WHERE offer_tag = :t").bind("t", tag).execute() != 1) {
                throw new InvalidInputException("offer", "no offer '" + tag + "'");
            }
            return null;
        });
    }

    /** Money that may be zero: "$0", "2,500", "997.50". */
    static BigDecimal nonNegative(String field, String text) {
        String cleaned = text == null ? "" : text.strip().replace(",", "").replace("$", "");
        try {
            if (!cleaned.isEmpty() && new BigDecimal(cleaned).signum() == 0) {
                return BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
            }
        } catch (NumberFormatException e) {
            // Money.parsePositive says what is wrong
        }
        try {
            return Money.parsePositive(field, text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.problem().replace("must be greater than zero", "must be zero or more"));
        }
    }
}
