package com.revops.app.console;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.revops.app.App;
import com.revops.app.console.ui.UiExecutor;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;

/** A console context for screen tests: a real database, a fixed clock in UTC, the same-thread executor, no keychain. */
public record TestConsole(ConsoleContext context, RevopsEnvironment environment, AtomicInteger dataChanges) {

    public static TestConsole on(Database db, Path home, Instant asOf) {
        return on(db, home, asOf, Map.of());
    }

    public static TestConsole on(Database db, Path home, Instant asOf, Map<String, String> extraEnvironment) {
        Map<String, String> env = new HashMap<>(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"));
        env.putAll(extraEnvironment);
        RevopsEnvironment environment = new RevopsEnvironment(env, "linux", home);
        App services = App.onDatabase(environment, Clock.fixed(asOf, ZoneOffset.UTC), ZoneOffset.UTC, db);
        ConsoleContext context = new ConsoleContext(services, UiExecutor.direct());
        AtomicInteger changes = new AtomicInteger();
        context.onDataChanged(changes::incrementAndGet);
        return new TestConsole(context, environment, changes);
    }

    /** Every table a screen may write, as one line, so "nothing changed" is checked exactly. */
    public static String state(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT (SELECT count(*) FROM actp_revenue_events) || '/' || (SELECT count(*) FROM actp_stage_transitions) || '/'
                    || (SELECT count(*) FROM actp_interactions) || '/' || (SELECT count(*) FROM revops_alerts) || '/'
                    || (SELECT count(*) FROM revops_outbox) || '/' || (SELECT count(*) FROM actp_ad_campaigns) || '/'
                    || coalesce((SELECT string_agg(external_id || ':' || stage, ',' ORDER BY external_id) FROM crm_contacts), '')""")
                .mapTo(String.class).one());
    }
}
