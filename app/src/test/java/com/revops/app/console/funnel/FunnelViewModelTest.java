package com.revops.app.console.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.app.App;
import com.revops.app.console.ui.UiExecutor;
import com.revops.app.console.ConsoleContext;
import com.revops.app.fixtures.FunnelHistory;
import com.revops.app.fixtures.SettableClock;
import com.revops.domain.funnel.FunnelStep;
import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.TestDatabase;

/** The Funnel phase screen's numbers on {@link FunnelHistory}. */
class FunnelViewModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static Database db;
    @TempDir
    static Path home;
    private static RevopsEnvironment env;
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T07:30:00Z"), BERLIN);

    @BeforeAll
    static void data() {
        db = TestDatabase.fresh();
        env = new RevopsEnvironment(Map.of("REVOPS_HOME", home.toString(), "REVOPS_KEYCHAIN", "off", "REVOPS_TZ", "Europe/Berlin"), "linux", home);
        FunnelHistory.write(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private FunnelViewModel model() {
        FunnelViewModel model = new FunnelViewModel(new ConsoleContext(App.onDatabase(env, clock, BERLIN, db), UiExecutor.direct()));
        model.refresh();
        assertThat(model.problemProperty().get()).isEmpty();
        return model;
    }

    @Test
    void fortySevenPayingUsersAreFortySevenOfFiftyInPhaseOne() {
        FunnelViewModel model = model();
        assertThat(model.phaseProperty().get()).isEqualTo("Phase 1 of 3");
        assertThat(model.playbookProperty().get()).startsWith("organic only, zero ads");
        assertThat(model.progressTextProperty().get()).isEqualTo("47 of 50 paying users");
        assertThat(model.progressDetailProperty().get()).isEqualTo("3 more to phase 2 · 94.0%");
        assertThat(model.progressProperty().get()).isEqualTo(0.94);
        // $704.53 / 47 = $14.99
        assertThat(model.mrrProperty().get()).isEqualTo("$705") /* 704.53, a tile in whole dollars */;
        assertThat(model.mrrDetailProperty().get()).isEqualTo("$14.99 per paying user");
        assertThat(model.nextThresholdProperty().get()).contains(50L);
        assertThat(model.subtitleProperty().get()).startsWith("From the funnel snapshot of 1 Mar 2026");
    }

    @Test
    void eachStepIsJudgedAgainstItsBandOverTheWindow() {
        FunnelViewModel model = model();
        assertThat(model.steps()).extracting(FunnelViewModel.StepLine::step).containsExactly(FunnelStep.values());
        assertThat(model.steps()).extracting(FunnelViewModel.StepLine::verdict).containsExactly("below", "above", "within", "above", "below");
        FunnelViewModel.StepLine clicks = model.steps().get(0);
        assertThat(clicks.rate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.015"));
        assertThat(clicks.volumes()).isEqualTo("3,000 → 45 clicks");
        assertThat(clicks.target()).isEqualTo("2–5%");
        assertThat(model.steps().get(3).volumes()).isEqualTo("6 → 3 paid");
        assertThat(model.steps().get(4).target()).isEqualTo("≥ 80%");
        assertThat(model.steps().get(4).rate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.70"));
    }

    @Test
    void theHistoryHasOnePointPerSnapshotDay() {
        FunnelViewModel model = model();
        assertThat(model.history()).extracting(p -> p.payingUsers()).containsExactly(45L, 46L, 47L);
    }

    @Test
    void beforeTheFirstSnapshotThereIsNoPhase() {
        clock.set(Instant.parse("2026-02-01T12:00:00Z"));
        FunnelViewModel model = model();
        assertThat(model.phaseProperty().get()).isEqualTo("No snapshot yet");
        assertThat(model.steps()).isEmpty();
        assertThat(model.nextThresholdProperty().get()).isEqualTo(Optional.empty());
    }
}
