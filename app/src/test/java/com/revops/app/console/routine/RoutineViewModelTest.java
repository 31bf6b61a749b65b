package com.revops.app.console.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.console.TestConsole;
import com.revops.domain.routine.RoutineStep;
import com.revops.domain.routine.StepReport;
import com.revops.integrations.db.Database;
import com.revops.integrations.routine.RoutineLog;
import com.revops.integrations.testing.TestDatabase;

/** The Daily routine screen's model: today's 17 steps from the reports, counted by state, with the failure rules' alerts. */
class RoutineViewModelTest {
    static final Instant NOW = Instant.parse("2026-03-02T09:10:00Z"); // the console runs in UTC here
    @TempDir
    Path home;
    private Database db;

    @BeforeEach
    void data() {
        db = TestDatabase.fresh();
        RoutineLog log = new RoutineLog(db.jdbi(), java.time.ZoneOffset.UTC);
        log.record(new StepReport(RoutineStep.OVERNIGHT_MAINTENANCE, "ok", Optional.empty(), Instant.parse("2026-03-02T03:30:00Z")));
        log.record(new StepReport(RoutineStep.HEARTBEAT, "failed", Optional.of("worker offline"), Instant.parse("2026-03-02T06:01:00Z")));
        log.record(new StepReport(RoutineStep.REVENUE_SNAPSHOT, "ok", Optional.empty(), Instant.parse("2026-03-02T06:20:00Z")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void todaysStepsAreCountedByStateAndTheAlertsShown() {
        RoutineViewModel model = new RoutineViewModel(TestConsole.on(db, home, NOW).context());
        model.refresh();

        assertThat(model.steps()).hasSize(17);
        // at 09:10: ok overnight + revenue snapshot; heartbeat failed; the 4 generation steps skipped; recall, research, strategy,
        // publish, prospecting and email nurture missing (6); midday to daily report still to come (4)
        assertThat(model.summaryProperty().get())
                .isEqualTo("2 ok · 0 running · 1 failed · 6 missing · 4 skipped · 4 still to come · 7 alerts");
        assertThat(model.alerts()).extracting(a -> a.type().code()).startsWith("routine_heartbeat_failed");
    }
}
