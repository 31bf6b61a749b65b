package com.revops.app.console.offers;

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

/**
 * Offer activity in the 90 days to 2026-03-20T12:00Z (UTC), worked by hand in the Offers tests.
 * <pre>
 *  ai_automation × twitter × saas       a post: 10,000 impressions, 500 engagements, 20 DM starts; 4 contacts entered;
 *                                       deals $3,500 (5 Mar) and $3,500 (12 Mar)
 *  ai_automation × linkedin × agencies  2 contacts entered; a $3,000 deal (8 Mar) attributed to the dm_outreach automation
 *  personal_brand × instagram × coaching 5 contacts entered; a $997 deal (10 Mar), a $97 payment (15 Mar), a $97 churn (16 Mar)
 *  AI credits tagged ai_automation: $12 (task dm_draft), shared 4 : 2 by pipeline entries → $8 and $4
 *  automation dm_outreach: 10 hours saved × $50, $100 a month, task types {dm_draft}
 *  operator time (defaults $100/h, 3 min per outreach item, 45 min per call booked):
 *    twitter: 2 DMs sent to each of the 4 contacts, one call booked (tw0, 15 Mar) → 8 × 3 + 45 = 69 min = $115
 *    linkedin: one connection note (li0)                                         → 3 min = $5
 * </pre>
 */
final class OfferHistory {
    static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");

    private OfferHistory() {
    }

    private static Instant mar(int day) {
        return Instant.parse(String.format("2026-03-%02dT10:00:00Z", day));
    }

    static void write(Database db) {
        Fixtures f = new Fixtures(db);
        UUID twitter = null;
        for (int i = 0; i < 4; i++) {
            twitter = entered(db, f, "tw" + i, "ai_automation", "twitter", "saas");
        }
        UUID linkedin = entered(db, f, "li0", "ai_automation", "linkedin", "agencies");
        entered(db, f, "li1", "ai_automation", "linkedin", "agencies");
        UUID instagram = null;
        for (int i = 0; i < 5; i++) {
            instagram = entered(db, f, "ig" + i, "personal_brand", "instagram", "coaching");
        }
        for (int i = 0; i < 4; i++) {
            UUID contact = id(db, "tw" + i);
            outreach(db, contact, "dm_sent", mar(3));
            outreach(db, contact, "dm_sent", mar(4));
        }
        f.transition(id(db, "tw0"), "decision", "call_booked", mar(15));
        outreach(db, linkedin, "linkedin_connect", mar(3));
        f.event(twitter, "deal_won", "3500", mar(5), "ai_automation", "twitter", "saas");
        f.event(twitter, "deal_won", "3500", mar(12), "ai_automation", "twitter", "saas");
        f.event(linkedin, "deal_won", "3000", mar(8), "ai_automation", "linkedin", "agencies");
        f.event(instagram, "deal_won", "997", mar(10), "personal_brand", "instagram", "coaching");
        f.event(instagram, "recurring_payment", "97", mar(15), "personal_brand", "instagram", "coaching");
        f.event(instagram, "churn", "97", mar(16), "personal_brand", "instagram", "coaching");
        db.jdbi().useHandle(h -> {
            h.execute("UPDATE actp_revenue_events SET automation = 'dm_outreach' WHERE amount = 3000");
            h.execute("""
                    INSERT INTO actp_content_performance (post_id, platform, niche, offer_tag, impressions, engagements, dm_starts, published_at)
                    VALUES ('p1', 'twitter', 'saas', 'ai_automation', 10000, 500, 20, '2026-03-01T09:00:00Z')""");
            h.execute("""
                    INSERT INTO actp_credit_usage (task_type, model, cost_usd, offer_tag, created_at)
                    VALUES ('dm_draft', 'claude-haiku', 12.00, 'ai_automation', '2026-03-03T10:00:00Z')""");
            h.execute("""
                    INSERT INTO actp_automations (name, hours_saved_per_month, hourly_rate_usd, monthly_cost_usd, task_types)
                    VALUES ('dm_outreach', 10, 50, 100, '{dm_draft}')""");
        });
    }

    private static UUID id(Database db, String ext) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM crm_contacts WHERE external_id = :e").bind("e", ext)
                .mapTo(UUID.class).one());
    }

    private static void outreach(Database db, UUID contact, String type, Instant at) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO actp_interactions (contact_id, type, created_at) VALUES (:c, :t, :at)")
                .bind("c", contact).bind("t", type).bind("at", com.revops.integrations.db.SqlTime.bind(at)).execute());
    }

    private static UUID entered(Database db, Fixtures f, String ext, String offer, String platform, String niche) {
        UUID id = f.contact(ext, "awareness", mar(2), mar(1), offer);
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE crm_contacts SET platform = :p, niche = :n WHERE id = :id")
                .bind("p", platform).bind("n", niche).bind("id", id).execute());
        return id;
    }

    static RevopsEnvironment environment(Path home) {
        return new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"), "linux", home);
    }

    static ConsoleContext context(Database db, RevopsEnvironment env) {
        return new ConsoleContext(App.onDatabase(env, Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC, db), UiExecutor.direct());
    }
}
