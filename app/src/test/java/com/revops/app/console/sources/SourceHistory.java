package com.revops.app.console.sources;

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
import com.revops.integrations.testing.ReportingFixtures;

/**
 * Deal revenue and attribution events in the 90 days to 2026-03-20T12:00Z (UTC), worked by hand in the Sources tests.
 * <pre>
 *  deals: twitter/saas $3,500 and $2,500 · linkedin/agencies $4,000 · linkedin/saas $997 · instagram/coaching a $97 payment (no deal)
 *  attribution:
 *   tiktok    utm meta,   niche saas,     hook curiosity, paywall control:      10 clicks at $1.50, 4 signups, 2 trials,
 *                                                                               purchases $29.99 and $59.99
 *   instagram utm organic, niche coaching, hook story,    paywall annual_first:  6 clicks, 2 signups, 1 trial, a $99 purchase
 *   youtube   utm google, niche saas,     hook curiosity, paywall control:      4 clicks at $2.50, nothing bought
 * </pre>
 */
final class SourceHistory {
    static final Instant AS_OF = Instant.parse("2026-03-20T12:00:00Z");

    private SourceHistory() {
    }

    private static Instant mar(int day) {
        return Instant.parse(String.format("2026-03-%02dT10:00:00Z", day));
    }

    static void write(Database db) {
        Fixtures f = new Fixtures(db);
        UUID c = f.contact("won", "closed_won", mar(5), mar(1), null);
        f.event(c, "deal_won", "3500", mar(5), "ai_automation", "twitter", "saas");
        f.event(c, "deal_won", "2500", mar(6), "safari_automation", "twitter", "saas");
        f.event(c, "deal_won", "4000", mar(7), "ai_automation", "linkedin", "agencies");
        f.event(c, "deal_won", "997", mar(8), "personal_brand", "linkedin", "saas");
        f.event(c, "recurring_payment", "97", mar(9), "personal_brand", "instagram", "coaching");

        ReportingFixtures r = new ReportingFixtures(db);
        journey(r, Map.of("platform", "tiktok", "utm_source", "meta", "niche", "saas", "hook_category", "curiosity",
                "paywall_variant", "control"), 10, "1.50", 4, 2, new String[] {"29.99", "59.99"});
        journey(r, Map.of("platform", "instagram", "utm_source", "organic", "niche", "coaching", "hook_category", "story",
                "paywall_variant", "annual_first"), 6, null, 2, 1, new String[] {"99.00"});
        journey(r, Map.of("platform", "youtube", "utm_source", "google", "niche", "saas", "hook_category", "curiosity",
                "paywall_variant", "control"), 4, "2.50", 0, 0, new String[0]);
    }

    private static void journey(ReportingFixtures r, Map<String, String> dims, int clicks, String costPerClick, int signups, int trials,
                                String[] purchases) {
        for (int i = 0; i < clicks; i++) {
            r.attribution("click", dims, null, costPerClick, mar(10));
        }
        for (int i = 0; i < signups; i++) {
            r.attribution("signup", dims, null, null, mar(11));
        }
        for (int i = 0; i < trials; i++) {
            r.attribution("trial", dims, null, null, mar(12));
        }
        for (String revenue : purchases) {
            r.attribution("purchase", dims, revenue, null, mar(13));
        }
    }

    static RevopsEnvironment environment(Path home) {
        return new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"), "linux", home);
    }

    static ConsoleContext context(Database db, RevopsEnvironment env) {
        return new ConsoleContext(App.onDatabase(env, Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC, db), UiExecutor.direct());
    }
}
