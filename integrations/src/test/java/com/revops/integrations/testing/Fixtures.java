package com.revops.integrations.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.revops.integrations.db.Database;
import com.revops.integrations.db.SqlTime;

/** Terse inserts for hand-built test data. */
public final class Fixtures {
    private final Database db;

    public Fixtures(Database db) {
        this.db = db;
    }

    /** The one text value a query returns. */
    public String text(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    public java.util.List<String> texts(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    public int count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    public UUID contact(String externalId, String stage, Instant stageEnteredAt, Instant firstContactAt, String offer) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        INSERT INTO crm_contacts (external_id, name, platform, niche, offer_tag, stage, stage_entered_at, first_contact_at)
                        VALUES (:ext, :name, 'twitter', 'saas', :offer, :stage, :entered, :first) RETURNING id""")
                .bind("ext", externalId).bind("name", "Contact " + externalId).bind("offer", offer).bind("stage", stage)
                .bind("entered", SqlTime.bind(stageEnteredAt)).bind("first", firstContactAt == null ? null : SqlTime.bind(firstContactAt))
                .mapTo(UUID.class).one());
    }

    public void transition(UUID contact, String from, String to, Instant at) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_stage_transitions (contact_id, from_stage, to_stage, transitioned_at)
                        VALUES (:c, :from, :to, :at)""")
                .bind("c", contact).bind("from", from).bind("to", to).bind("at", SqlTime.bind(at)).execute());
    }

    /** Inserts transitions through the given stages (s0 → s1 at t1, s1 → s2 at t2, …). */
    public void path(UUID contact, String[] stages, Instant[] times) {
        for (int i = 1; i < stages.length; i++) {
            transition(contact, stages[i - 1], stages[i], times[i - 1]);
        }
    }

    public void event(UUID contact, String type, String amount, Instant closedAt, String offer, String platform, String niche) {
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO actp_revenue_events (contact_id, event_type, amount, closed_at, offer_tag, platform_source, niche_source)
                        VALUES (:c, :type, :amount, :at, :offer, :platform, :niche)""")
                .bind("c", contact).bind("type", type).bind("amount", new BigDecimal(amount)).bind("at", SqlTime.bind(closedAt))
                .bind("offer", offer).bind("platform", platform).bind("niche", niche).execute());
    }
}
