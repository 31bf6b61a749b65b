package com.revops.integrations.contacts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import com.revops.domain.common.InvalidInputException;
import com.revops.domain.common.Stage;
import com.revops.integrations.db.DatabaseErrors;
import com.revops.integrations.db.SqlTime;

/**
 * The contact registry ({@code crm_contacts}) as the Contacts screen uses it: search, the detail
 * with stage history and interaction timeline, moving a contact to another stage, notes.
 */
public final class ContactDirectory {
    /** The most interactions a detail shows (the newest). */
    public static final int TIMELINE_LIMIT = 500;
    /** The most results a search returns. */
    public static final int MAX_RESULTS = 1000;

    private static final String SUMMARY_COLUMNS = """
            c.id, c.external_id, c.name, c.platform, c.handle, c.email, c.niche, c.offer_tag, c.score, c.stage, c.tags,
            c.last_interaction_at""";

    private final Jdbi jdbi;

    public ContactDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** True when there is not one contact yet (a first start: the console offers the demo data). */
    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("SELECT NOT EXISTS (SELECT 1 FROM crm_contacts)").mapTo(Boolean.class).one());
    }

    /**
     * Contacts whose name, handle, email, niche or tags contain every word of {@code query}, best
     * matches first; an empty query lists the most recently active contacts.
     */
    public List<ContactSummary> search(String query, int limit) {
        if (limit < 1 || limit > MAX_RESULTS) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_RESULTS + " (got " + limit + ")");
        }
        ContactSearch search = new ContactSearch(query);
        return withHandle("Searching contacts", h -> {
            if (search.isEmpty()) {
                return h.createQuery("SELECT " + SUMMARY_COLUMNS + """
                                 \sFROM crm_contacts c ORDER BY c.last_interaction_at DESC NULLS LAST, c.name, c.id LIMIT :limit""")
                        .bind("limit", limit).map((rs, ctx) -> summary(rs)).list();
            }
            Query q = h.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM crm_contacts c WHERE " + search.where() + "\n"
                            + ContactSearch.ORDER + " LIMIT :limit")
                    .bind("whole", search.whole()).bind("prefix", search.prefix()).bind("limit", limit);
            for (int i = 0; i < search.words().size(); i++) {
                q.bind("w" + i, search.pattern(i));
            }
            return q.map((rs, ctx) -> summary(rs)).list();
        });
    }

    /** How many contacts {@link #search} would find without a limit (every contact for an empty query). */
    public long count(String query) {
        ContactSearch search = new ContactSearch(query);
        return withHandle("Counting contacts", h -> {
            if (search.isEmpty()) {
                return h.createQuery("SELECT count(*) FROM crm_contacts").mapTo(Long.class).one();
            }
            Query q = h.createQuery("SELECT count(*) FROM crm_contacts c WHERE " + search.where());
            for (int i = 0; i < search.words().size(); i++) {
                q.bind("w" + i, search.pattern(i));
            }
            return q.mapTo(Long.class).one();
        });
    }

    /** The contact with its stage history (oldest first) and timeline (newest first), or empty when unknown. */
    public Optional<ContactDetail> detail(UUID contactId) {
        return withHandle("Reading a contact", h -> h.createQuery("SELECT " + SUMMARY_COLUMNS + """
                                 , c.stage_entered_at, c.first_contact_at, c.source, c.notes FROM crm_contacts c WHERE c.id = :id""")
                .bind("id", contactId)
                .map((rs, ctx) -> new ContactDetail(summary(rs), SqlTime.read(rs, "stage_entered_at").orElseThrow(),
                        SqlTime.read(rs, "first_contact_at"), Optional.ofNullable(rs.getString("source")),
                        Optional.ofNullable(rs.getString("notes")), List.of(), List.of()))
                .findOne()
                .map(d -> new ContactDetail(d.contact(), d.stageEnteredAt(), d.firstContactAt(), d.source(), d.notes(),
                        stageHistory(h, contactId), timeline(h, contactId))));
    }

    /**
     * Moves the contact to {@code newStage} at {@code at}: a row in {@code actp_stage_transitions} and
     * the contact's stage and {@code stage_entered_at}, in one transaction. Any move is allowed except
     * to the stage it is in; unknown stages, unknown contacts and a time before it entered its
     * current stage are refused. (Closing a deal's revenue is recorded by Log deal, not here.)
     */
    public StageChange changeStage(UUID contactId, String newStage, Instant at) {
        Stage to = Stage.parse("stage", newStage);
        return inTransaction("Changing a contact's stage", h -> {
            Current current = current(h, contactId);
            if (current.stage() == to) {
                throw new InvalidInputException("stage", "the contact is already in " + to.code());
            }
            if (at.isBefore(current.enteredAt())) {
                throw new InvalidInputException("at", at + " is before the contact entered " + current.stage().code() + " ("
                        + current.enteredAt() + ")");
            }
            int rows = h.createUpdate("""
                            UPDATE crm_contacts SET stage = :to, stage_entered_at = :at, updated_at = :at
                             WHERE id = :id AND stage = :from""")
                    .bind("to", to.code()).bind("at", SqlTime.bind(at)).bind("id", contactId).bind("from", current.stage().code())
                    .execute();
            if (rows != 1) {
                throw new InvalidInputException("stage", "the contact's stage was changed meanwhile; reload it and try again");
            }
            UUID id = h.createQuery("""
                            INSERT INTO actp_stage_transitions (contact_id, from_stage, to_stage, transitioned_at)
                            VALUES (:id, :from, :to, :at) RETURNING id""")
                    .bind("id", contactId).bind("from", current.stage().code()).bind("to", to.code()).bind("at", SqlTime.bind(at))
                    .mapTo(UUID.class).one();
            return new StageChange(id, contactId, current.stage(), to, at);
        });
    }

    /** Replaces the contact's notes (blank clears them). */
    public void updateNotes(UUID contactId, String notes, Instant at) {
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        inTransaction("Saving a contact's notes", h -> {
            current(h, contactId);
            return h.createUpdate("UPDATE crm_contacts SET notes = :notes, updated_at = :at WHERE id = :id")
                    .bind("notes", text).bind("at", SqlTime.bind(at)).bind("id", contactId).execute();
        });
    }

    private static List<StageChange> stageHistory(Handle h, UUID contactId) {
        return h.createQuery("""
                        SELECT id, contact_id, from_stage, to_stage, transitioned_at FROM actp_stage_transitions
                         WHERE contact_id = :id ORDER BY transitioned_at, id""")
                .bind("id", contactId)
                .map((rs, ctx) -> new StageChange(rs.getObject("id", UUID.class), contactId,
                        Stage.parse("from_stage", rs.getString("from_stage")), Stage.parse("to_stage", rs.getString("to_stage")),
                        SqlTime.read(rs, "transitioned_at").orElseThrow()))
                .list();
    }

    private static List<Interaction> timeline(Handle h, UUID contactId) {
        return h.createQuery("""
                        SELECT id, type, content, platform, created_at FROM actp_interactions
                         WHERE contact_id = :id ORDER BY created_at DESC, id LIMIT :limit""")
                .bind("id", contactId).bind("limit", TIMELINE_LIMIT)
                .map((rs, ctx) -> new Interaction(rs.getObject("id", UUID.class), rs.getString("type"),
                        Optional.ofNullable(rs.getString("content")), Optional.ofNullable(rs.getString("platform")),
                        SqlTime.read(rs, "created_at").orElseThrow()))
                .list();
    }

    private static Current current(Handle h, UUID contactId) {
        if (contactId == null) {
            throw new InvalidInputException("contact", "is required");
        }
        return h.createQuery("SELECT stage, stage_entered_at FROM crm_contacts WHERE id = :id")
                .bind("id", contactId)
                .map((rs, ctx) -> new Current(Stage.parse("stage", rs.getString("stage")),
                        SqlTime.read(rs, "stage_entered_at").orElseThrow()))
                .findOne()
                .orElseThrow(() -> new InvalidInputException("contact", "no contact with id " + contactId));
    }

    private record Current(Stage stage, Instant enteredAt) {
    }

    private static ContactSummary summary(ResultSet rs) throws SQLException {
        Array tags = rs.getArray("tags");
        List<String> tagList = tags == null ? List.of() : Arrays.stream((String[]) tags.getArray()).toList();
        return new ContactSummary(rs.getObject("id", UUID.class), Optional.ofNullable(rs.getString("external_id")),
                Optional.ofNullable(rs.getString("name")), Optional.ofNullable(rs.getString("platform")),
                Optional.ofNullable(rs.getString("handle")), Optional.ofNullable(rs.getString("email")),
                Optional.ofNullable(rs.getString("niche")), Optional.ofNullable(rs.getString("offer_tag")),
                Optional.ofNullable(rs.getBigDecimal("score")), Stage.parse("stage", rs.getString("stage")), tagList,
                SqlTime.read(rs, "last_interaction_at"));
    }

    private <T> T withHandle(String doing, HandleCallback<T, RuntimeException> work) {
        return DatabaseErrors.withHandle(jdbi, doing, work);
    }

    private <T> T inTransaction(String doing, HandleCallback<T, RuntimeException> work) {
        return DatabaseErrors.inTransaction(jdbi, doing, work);
    }
}
