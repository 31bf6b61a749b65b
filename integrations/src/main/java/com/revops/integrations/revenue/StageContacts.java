package com.revops.integrations.revenue;

import static com.revops.integrations.revenue.ContactStateSql.STATE_CTE;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Stage;
import com.revops.domain.revenue.OfferCatalog;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The contacts sitting in one open stage at as_of — the same contacts {@code --pipeline} counts
 * there (the stage each contact was in at as_of, {@link ContactStateSql}) — longest waiting first.
 * Deal values come from the offer catalog as in the pipeline's value.
 */
public final class StageContacts {
    /** The most contacts one stage lists. */
    public static final int LIMIT = 2000;

    private final Jdbi jdbi;

    public StageContacts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Up to {@link #LIMIT} contacts in {@code stage} at {@code asOf}, most days in stage first, then by name. */
    public List<StageContact> inStage(Stage stage, java.time.Instant asOf) {
        if (!stage.isOpen()) {
            throw new InvalidInputException("stage", stage.code() + " is not an open stage");
        }
        try {
            OfferCatalog catalog = new RevenueRepository(jdbi).offerCatalog();
            return jdbi.withHandle(h -> h.createQuery("WITH " + STATE_CTE + """
                             SELECT s.id, coalesce(c.name, c.handle, c.external_id, '(unnamed)') AS name, c.handle, s.platform, s.niche,
                                    s.offer_tag, c.last_interaction_at,
                                    greatest(0, floor(extract(epoch FROM (CAST(:asOf AS timestamptz) - s.entered_at)) / 86400))::bigint AS days
                               FROM state s
                               JOIN crm_contacts c ON c.id = s.id
                              WHERE s.stage = :stage
                              ORDER BY days DESC, name, s.id
                              LIMIT :limit""")
                    .bind("asOf", SqlTime.bind(asOf)).bind("stage", stage.code()).bind("limit", LIMIT)
                    .map((rs, ctx) -> {
                        Optional<String> offer = Optional.ofNullable(rs.getString("offer_tag"));
                        return new StageContact(rs.getObject("id", UUID.class), rs.getString("name"),
                                Optional.ofNullable(rs.getString("handle")), Optional.ofNullable(rs.getString("platform")),
                                Optional.ofNullable(rs.getString("niche")), offer, catalog.dealValue(offer), stage, rs.getLong("days"),
                                SqlTime.read(rs, "last_interaction_at"));
                    })
                    .list());
        } catch (JdbiException e) {
            throw DatabaseErrors.translate("Listing the contacts in " + stage.code(), e);
        }
    }
}
