package com.revops.app.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.App;
import com.revops.app.console.ConsoleContext;
import com.revops.app.console.ui.UiExecutor;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** The dashboard fills tile by tile (issue 15 point 4): headline numbers first, then leaders, then alerts; a newer refresh wins. */
class DashboardProgressiveLoadTest {
    static final Instant AS_OF = Instant.parse("2026-03-02T07:30:00Z");
    private static Database db;
    @TempDir
    static Path home;

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        Fixtures f = new Fixtures(db);
        f.contact("c-ada", "decision", Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-02-20T10:00:00Z"), "ai_automation");
        f.contact("c-bob", "cold", Instant.parse("2026-02-25T00:00:00Z"), Instant.parse("2026-02-25T00:00:00Z"), null);
        var won = f.contact("c-dee", "closed_won", Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-01-10T00:00:00Z"),
                "personal_brand");
        f.event(won, "deal_won", "997", Instant.parse("2026-03-01T12:00:00Z"), "personal_brand", "linkedin", "coaching");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theHeadlineTilesFillFirstAndTheOthersShowProgressUntilTheirPartArrives() {
        Stepping executor = new Stepping();
        DashboardViewModel model = new DashboardViewModel(context(executor));

        model.refresh();
        assertThat(model.headlinePendingProperty().get()).isTrue();
        assertThat(model.pipelineValueProperty().get()).isNull();

        executor.runNext(); // the headline part
        // open: Ada (decision, ai_automation 3,500.00) + Bob (cold, no offer: the catalog's mean
        // (2,500 + 1,500 + 3,500 + 997) / 4 = 8,497 / 4 = 2,124.25) = 5,624.25
        assertThat(model.pipelineValueProperty().get()).isEqualByComparingTo(new BigDecimal("5624.25"));
        assertThat(model.dealsThisMonthProperty().get()).isEqualTo(1L); // Dee's deal on 1 March
        assertThat(model.headlinePendingProperty().get()).isFalse();
        assertThat(model.offersPendingProperty().get()).isTrue();
        assertThat(model.alertsPendingProperty().get()).isTrue();
        assertThat(model.topOfferProperty().get()).isEqualTo("—");

        executor.runAll();
        assertThat(model.topOfferProperty().get()).isEqualTo("personal_brand");
        assertThat(model.bestSourceProperty().get()).isEqualTo("linkedin → coaching");
        assertThat(model.offersPendingProperty().get()).isFalse();
        assertThat(model.alertsPendingProperty().get()).isFalse();
    }

    @Test
    void thePartsOfAnOlderRefreshAreDroppedWhenANewerOneBegan() {
        Stepping executor = new Stepping();
        DashboardViewModel model = new DashboardViewModel(context(executor));

        model.refresh();
        executor.runNext(); // the first refresh's headline: its leaders and alerts are queued
        model.refresh(); // a newer refresh: its parts are pending again
        executor.runNext(); // the older refresh's leaders
        executor.runNext(); // the older refresh's alerts

        assertThat(model.topOfferProperty().get()).isEqualTo("—");
        assertThat(model.offersPendingProperty().get()).isTrue();
        executor.runAll();
        assertThat(model.topOfferProperty().get()).isEqualTo("personal_brand");
        assertThat(model.offersPendingProperty().get()).isFalse();
    }

    private static ConsoleContext context(UiExecutor executor) {
        RevopsEnvironment env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "UTC"),
                "linux", home);
        return new ConsoleContext(App.onDatabase(env, Clock.fixed(AS_OF, ZoneOffset.UTC), ZoneOffset.UTC, db), executor);
    }

    /** Background work waits in a queue until the test runs it, one task at a time, in order. */
    private static final class Stepping implements UiExecutor {
        private final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public <T> CompletableFuture<T> background(Supplier<T> work) {
            CompletableFuture<T> result = new CompletableFuture<>();
            queued.add(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
            return result;
        }

        @Override
        public void ui(Runnable action) {
            action.run();
        }

        void runNext() {
            queued.removeFirst().run();
        }

        void runAll() {
            while (!queued.isEmpty()) {
                runNext();
            }
        }
    }
}
