package com.revops.app.console.outreach;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.revops.app.App;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.UiExecutor;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.OutreachFixtures;

/**
 * A small queue on a fresh database, at 12:00 UTC on Monday 2 March 2026. Waiting: two LinkedIn
 * items (Ada's connection note, drafted 06:00; Grace's message, 07:00), Bob's DM (06:30) and one
 * Upwork proposal (05:00). Sent today: 18 LinkedIn, 6 DMs, 1 proposal; approved today and not yet
 * sent: 2 LinkedIn. So: LinkedIn 18/50 sent, 2 on their way, 30 to approve; DMs 6/20, 14 to
 * approve; Upwork 1/5, 4 to approve.
 */
final class QueueTestData {
    static final Instant AS_OF = Instant.parse("2026-03-02T12:00:00Z");
    static final String ADA_NOTE = "Hi Ada, loved your post on invoice automation. Open to connecting?";
    static final String GRACE_MESSAGE = "Hi Grace, thanks for connecting! Would a 15-minute call on your onboarding flow help?";
    static final String BOB_DM = "Hey Bob, your reel on client onboarding was great. Want the checklist we use?";
    static final String PROPOSAL = "Hello, I have built Zapier CRM syncs for three agencies this year. Here is how I would approach yours.";

    final Database db;
    final OutreachFixtures fx;
    final UUID ada;
    final UUID adaNote;
    final UUID graceMessage;
    final UUID bobDm;
    final UUID proposal;

    QueueTestData(Database db) {
        this.db = db;
        this.fx = new OutreachFixtures(db);
        ada = fx.contact("Ada Lovelace", "@ada", "linkedin", "awareness", "fintech", new String[] {"warm"});
        UUID grace = fx.contact("Grace Hopper", "@grace", "linkedin", "consideration", "saas", new String[] {});
        UUID bob = fx.contact("Bob Builder", "@bob", "instagram", "cold", "coaching", new String[] {});
        fx.interaction(ada, "comment", "Commented on her invoice automation post", Instant.parse("2026-02-27T09:00:00Z"));
        fx.interaction(ada, "profile_view", "Viewed her profile", Instant.parse("2026-02-28T09:00:00Z"));
        adaNote = fx.pending(ada, "linkedin", "linkedin_connect", "linkedin", ADA_NOTE, Instant.parse("2026-03-02T06:00:00Z"));
        graceMessage = fx.pending(grace, "linkedin", "linkedin_message", "linkedin", GRACE_MESSAGE, Instant.parse("2026-03-02T07:00:00Z"));
        bobDm = fx.pending(bob, "dm", "dm_send", "instagram", BOB_DM, Instant.parse("2026-03-02T06:30:00Z"));
        UUID job = fx.upworkJob("Zapier CRM sync for a small agency", "1500", "https://www.upwork.com/jobs/~01abc");
        proposal = fx.proposal(job, PROPOSAL, Instant.parse("2026-03-02T05:00:00Z"));
        Instant morning = Instant.parse("2026-03-02T07:00:00Z");
        for (int i = 0; i < 18; i++) {
            fx.sent("linkedin", "linkedin_connect", "linkedin", morning.plus(Duration.ofMinutes(i)));
        }
        for (int i = 0; i < 6; i++) {
            fx.sent("dm", "dm_send", "instagram", morning.plus(Duration.ofMinutes(30 + i)));
        }
        fx.sent("upwork", "upwork_proposal", "upwork", morning.plus(Duration.ofMinutes(45)));
        fx.approved(null, "linkedin", "linkedin_connect", "linkedin", "Hi", null, "approved", Instant.parse("2026-03-02T11:00:00Z"));
        fx.approved(null, "linkedin", "linkedin_connect", "linkedin", "Hello", null, "approved", Instant.parse("2026-03-02T11:30:00Z"));
    }

    /** The console's context on this database at {@link #AS_OF}; {@code extra} adds environment variables (an Anthropic key). */
    static ConsoleContext context(Database db, Path home, Map<String, String> extra) {
        Map<String, String> vars = new HashMap<>(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"));
        vars.putAll(extra);
        RevopsEnvironment env = new RevopsEnvironment(vars, "linux", home);
        App services = App.onDatabase(env, Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC, db);
        return new ConsoleContext(services, UiExecutor.direct());
    }

    Map<String, Object> row(UUID item) {
        return fx.row(item);
    }

    /** The item's audit rows as "action actor before→after reason". */
    List<String> audit(UUID item) {
        return fx.audit(item).stream().map(r -> r.get("action") + " " + r.get("actor") + " " + r.get("before_status") + "→"
                + r.get("after_status") + (r.get("reason") == null ? "" : " " + r.get("reason"))).toList();
    }

    /** A heading's text, or an entry's recipient. */
    static String describeLine(QueueLine line) {
        return line instanceof QueueLine.Heading h ? h.text() : OutreachWording.recipient(((QueueLine.Entry) line).pending());
    }
}
