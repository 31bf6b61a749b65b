package com.revops.app.console.contacts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import com.revops.app.App;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.UiExecutor;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.OutreachFixtures;

/**
 * Contacts at 12:00 UTC on 2 March 2026: Ada Lovelace (decision; cold → awareness on 5 Feb,
 * → consideration 12 Feb, → decision 20 Feb; three interactions), Grace Hopper (consideration,
 * tagged vip), Bob Builder (cold, niche coaching) and 205 contacts "Bulk n" of niche "bulkniche".
 */
final class ContactsTestData {
    static final Instant AS_OF = Instant.parse("2026-03-02T12:00:00Z");
    final Database db;
    final OutreachFixtures fx;
    final UUID ada;
    final UUID grace;

    ContactsTestData(Database db) {
        this.db = db;
        this.fx = new OutreachFixtures(db);
        ada = fx.contact("Ada Lovelace", "@ada", "linkedin", "decision", "fintech", new String[] {"warm"});
        grace = fx.contact("Grace Hopper", "@grace", "linkedin", "consideration", "saas", new String[] {"vip"});
        fx.contact("Bob Builder", "@bob", "instagram", "cold", "coaching", new String[] {});
        Fixtures f = new Fixtures(db);
        f.transition(ada, "cold", "awareness", Instant.parse("2026-02-05T10:00:00Z"));
        f.transition(ada, "awareness", "consideration", Instant.parse("2026-02-12T10:00:00Z"));
        f.transition(ada, "consideration", "decision", Instant.parse("2026-02-20T10:00:00Z"));
        db.jdbi().useHandle(h -> h.execute("UPDATE crm_contacts SET stage_entered_at = '2026-02-20T10:00:00Z' WHERE id = ?", ada));
        fx.interaction(ada, "dm_sent", "Sent the automation checklist", Instant.parse("2026-02-06T09:00:00Z"));
        fx.interaction(ada, "reply", "Asked about pricing", Instant.parse("2026-02-13T09:00:00Z"));
        fx.interaction(ada, "call", "Discovery call: wants invoices automated", Instant.parse("2026-02-21T09:00:00Z"));
        db.jdbi().useHandle(h -> h.execute("""
                INSERT INTO crm_contacts (external_id, name, handle, platform, niche, stage, stage_entered_at)
                SELECT 'bulk-' || n, 'Bulk ' || n, '@bulk' || n, 'x', 'bulkniche', 'cold', '2026-02-01T00:00:00Z'
                  FROM generate_series(1, 205) n"""));
    }

    static ConsoleContext context(Database db, Path home) {
        RevopsEnvironment env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"),
                "linux", home);
        return new ConsoleContext(App.onDatabase(env, Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC, db), UiExecutor.direct());
    }

    /** The contact's transitions, oldest first, as "from→to". */
    java.util.List<String> transitions(UUID contact) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT from_stage || '→' || to_stage FROM actp_stage_transitions WHERE contact_id = :c
                         ORDER BY transitioned_at, id""").bind("c", contact).mapTo(String.class).list());
    }
}
