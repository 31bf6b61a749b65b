package com.revops.app.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.App;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.UiExecutor;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.HandleCount;
import com.revops.integrations.testing.TestDatabase;

/** A dashboard refresh is one consistent snapshot: one connection, one read-only transaction, no handle left open. */
class DashboardOneReadTest {
    static final Instant AS_OF = Instant.parse("2026-03-02T07:30:00Z");
    private Database db;
    @TempDir
    Path home;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        Fixtures f = new Fixtures(db);
        f.contact("c-ada", "decision", Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        f.contact("c-bob", "cold", Instant.parse("2026-02-25T00:00:00Z"), Instant.parse("2026-02-25T00:00:00Z"), null);
        var won = f.contact("c-dee", "closed_won", Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-01-10T00:00:00Z"),
                "personal_brand");
        f.event(won, "deal_won", "997", Instant.parse("2026-03-01T12:00:00Z"), "personal_brand", "linkedin", "coaching");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void oneRefreshReadsEveryTileInOneReadOnlyTransaction() {
        RevopsEnvironment env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"),
                "linux", home);
        DashboardViewModel model = new DashboardViewModel(
                new ConsoleContext(App.onDatabase(env, Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC, db), UiExecutor.direct()));
        HandleCount count = HandleCount.on(db);

        model.refresh();

        // every tile filled: 3,500.00 (Ada) + 2,124.25 (Bob: the catalog's mean (2,500 + 1,500 + 3,500 + 997) / 4) = 5,624.25
        assertThat(model.pipelineValueProperty().get()).isEqualByComparingTo(new BigDecimal("5624.25"));
        assertThat(model.topOfferProperty().get()).isEqualTo("personal_brand");
        assertThat(model.alertsPendingProperty().get()).isFalse();
        assertThat(count.opened()).as("connections taken by one refresh").isEqualTo(1);
        assertThat(count.stillOpen()).as("handles left open after the refresh").isZero();
        assertThat(count.statements()).hasSizeGreaterThan(10)
                .allSatisfy(s -> assertThat(s.inTransaction() && s.readOnly()).as("in the read-only transaction: " + s).isTrue());

        count.reset();
        model.refresh();
        assertThat(count.opened()).as("the next refresh: again one").isEqualTo(1);
        assertThat(count.stillOpen()).isZero();
    }
}
