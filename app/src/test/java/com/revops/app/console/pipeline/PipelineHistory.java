package com.revops.app.console.pipeline;

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
 * A small pipeline history, as of 2026-03-20T12:00Z (UTC), that the Pipeline tests work out by hand.
 * <pre>
 *  A0, A1  first contact 1 Mar; cold→awareness 3, →consideration 5, →decision 8, →call_booked 10, →closed_won 12
 *          (ai_automation; each a $3,500 deal won, 11 days to close)
 *  B0..B2  first contact 1 Mar; cold→awareness 2, awareness→closed_lost 6
 *  C0..C3  first contact 1 Mar; cold→awareness 4; still in awareness (creator_growth $1,500)
 *  E       first contact 1 Mar; cold→consideration 6 (skips awareness); still there (no offer: $2,124.25)
 *  F       in decision since 19 Mar 12:00, no transitions (ai_automation $3,500)
 * </pre>
 */
final class PipelineHistory {
    static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");

    private PipelineHistory() {
    }

    static Instant mar(int day) {
        return Instant.parse(String.format("2026-03-%02dT00:00:00Z", day));
    }

    static void write(Database db) {
        Fixtures f = new Fixtures(db);
        for (int i = 0; i < 2; i++) {
            UUID a = f.contact("A" + i, "closed_won", mar(12), mar(1), "ai_automation");
            f.path(a, new String[] {"cold", "awareness", "consideration", "decision", "call_booked", "closed_won"},
                    new Instant[] {mar(3), mar(5), mar(8), mar(10), mar(12)});
            f.event(a, "deal_won", "3500", mar(12), "ai_automation", "twitter", "saas");
        }
        db.jdbi().useHandle(h -> h.execute("UPDATE actp_revenue_events SET days_to_close = 11"));
        for (int i = 0; i < 3; i++) {
            UUID b = f.contact("B" + i, "closed_lost", mar(6), mar(1), null);
            f.path(b, new String[] {"cold", "awareness", "closed_lost"}, new Instant[] {mar(2), mar(6)});
        }
        for (int i = 0; i < 4; i++) {
            UUID c = f.contact("C" + i, "awareness", mar(4), mar(1), "creator_growth");
            f.transition(c, "cold", "awareness", mar(4));
        }
        db.jdbi().useHandle(h -> h.execute("UPDATE crm_contacts SET handle = '@cee_two', niche = 'coaching' WHERE external_id = 'C2'"));
        UUID e = f.contact("E", "consideration", mar(6), mar(1), null);
        f.transition(e, "cold", "consideration", mar(6));
        f.contact("F", "decision", Instant.parse("2026-03-19T12:00:00Z"), mar(19), "ai_automation");
    }

    static RevopsEnvironment environment(Path home) {
        return new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"), "linux", home);
    }

    static ConsoleContext context(Database db, RevopsEnvironment env) {
        return new ConsoleContext(App.onDatabase(env, Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC, db), UiExecutor.direct());
    }
}
