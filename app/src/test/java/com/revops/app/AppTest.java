package com.revops.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** The composition root on a real database: configuration resolved once, services made once and lazily, stopped on close. */
class AppTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private Database db;
    @TempDir
    Path home;

    @BeforeEach
    void database() {
        db = TestDatabase.fresh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The configured database as a fresh machine sees it: REVOPS_DB_URL (the test database), no REVOPS_TZ unless given. */
    private RevopsEnvironment environment(Map<String, String> extra) {
        String url = ((com.zaxxer.hikari.HikariDataSource) db.dataSource()).getJdbcUrl();
        Map<String, String> env = new HashMap<>(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off",
                "REVOPS_DB_URL", url, "REVOPS_DB_USER", "postgres"));
        env.putAll(extra);
        return new RevopsEnvironment(env, "linux", home);
    }

    @Test
    void theStoredZoneIsReadOnceAndKeptForTheRun() {
        App.onDatabase(environment(Map.of()), Clock.fixed(AT, ZoneOffset.UTC), ZoneOffset.UTC, db).stores().settings()
                .saveTimeZone("Europe/Berlin", AT);
        try (App app = App.forEnvironment(environment(Map.of()), Clock.fixed(AT, ZoneOffset.UTC), Database.Connections.ONE)) {
            assertThat(app.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(app.zoneSource()).isEqualTo("setting");
            app.stores().settings().saveTimeZone("Asia/Tokyo", AT);
            assertThat(app.zone()).as("resolved once: a saved zone applies from the next start").isEqualTo(ZoneId.of("Europe/Berlin"));
        }
    }

    @Test
    void withoutTheSettingOrRevopsTzTheZoneIsTheSystemsNeverNull() {
        try (App app = App.forEnvironment(environment(Map.of()), Clock.fixed(AT, ZoneOffset.UTC), Database.Connections.ONE)) {
            assertThat(app.zone()).isEqualTo(ZoneId.systemDefault());
            assertThat(app.zoneSource()).isEqualTo("system");
        }
        try (App app = App.forEnvironment(environment(Map.of("REVOPS_TZ", "America/New_York")), Clock.fixed(AT, ZoneOffset.UTC))) {
            assertThat(app.zone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(app.zoneSource()).isEqualTo("REVOPS_TZ");
            assertThat(app.isDatabaseOpen()).as("REVOPS_TZ: the zone needs no database").isFalse();
        }
    }

    @Test
    void nothingStartsUntilItIsUsedAndEachServiceIsMadeOnce() {
        try (App app = App.forEnvironment(environment(Map.of("REVOPS_TZ", "UTC")), Clock.fixed(AT, ZoneOffset.UTC), Database.Connections.ONE)) {
            app.clock();
            app.credentials();
            assertThat(app.isDatabaseOpen()).as("a call that reads no table opens no connection").isFalse();
            assertThat(app.notifier()).isSameAs(app.notifier());
            assertThat(app.recommendationWriter()).isSameAs(app.recommendationWriter());
            assertThat(app.outreachRedrafter()).isSameAs(app.outreachRedrafter());
            assertThat(app.chatApprovals().orElseThrow()).isSameAs(app.chatApprovals().orElseThrow());
            assertThat(app.isDatabaseOpen()).isTrue();
        }
    }

    @Test
    void aServiceMadeOnceStillSeesSettingsTheOperatorChangesLater() {
        try (App app = App.onDatabase(environment(Map.of()), Clock.fixed(AT, ZoneOffset.UTC), ZoneOffset.UTC, db)) {
            assertThat(app.notifier().telegramConfigured()).isFalse();
            assertThat(app.outreachRedrafter().available()).isFalse();
            app.credentials().store().put("telegram.bot_token", "1:tok");
            app.credentials().store().put("telegram.chat_id", "99");
            app.credentials().store().put("anthropic.api_key", "sk-ant-test");
            assertThat(app.notifier().telegramConfigured()).isTrue();
            assertThat(app.outreachRedrafter().available()).isTrue();
        }
    }

    @Test
    void closingStopsAnOwnedDatabaseButLeavesAGivenOneOpen() {
        App owning = App.forEnvironment(environment(Map.of("REVOPS_TZ", "UTC")), Clock.fixed(AT, ZoneOffset.UTC), Database.Connections.POOL);
        Database opened = owning.database();
        owning.close();
        assertThat(opened.isReachable()).as("the app's own database is closed with it").isFalse();

        App onGiven = App.onDatabase(environment(Map.of()), Clock.fixed(AT, ZoneOffset.UTC), ZoneOffset.UTC, db);
        onGiven.stores().settings().timeZone();
        onGiven.close();
        assertThat(db.isReachable()).isTrue();
    }

    @Test
    void aDryRunWritesInOneTransactionThatClosingRollsBack() {
        try (App app = App.onDatabase(environment(Map.of()), Clock.fixed(AT, ZoneOffset.UTC), ZoneOffset.UTC, db)) {
            try (App dryRun = app.inDryRun()) {
                dryRun.stores().settings().saveTimeZone("Asia/Tokyo", AT);
                assertThat(dryRun.stores().settings().timeZone()).contains(ZoneId.of("Asia/Tokyo"));
                assertThat(dryRun.notifier().isDryRun()).isTrue();
                assertThat(dryRun.dryRun()).isPresent();
            }
            assertThat(app.stores().settings().timeZone()).as("rolled back").isEmpty();
            assertThat(app.notifier().isDryRun()).isFalse();
        }
    }
}
