package com.revops.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revops.integrations.config.RevopsEnvironment;
import com.revops.integrations.db.Database;
import com.revops.integrations.testing.Fixtures;
import com.revops.integrations.testing.TestDatabase;

/** {@code --routine-step} through the real CLI: recorded on the operator's day, failure rules raised at once, dry run writes nothing. */
class RoutineStepCliTest {
    @TempDir
    Path home;
    private Database db;
    private RevopsEnvironment env;
    private Fixtures f;

    @BeforeEach
    void start() {
        db = TestDatabase.fresh();
        f = new Fixtures(db);
        env = CliRun.environment(home, Map.of("REVOPS_TZ", "Europe/Berlin"));
    }

    @AfterEach
    void stop() {
        db.close();
    }

    @Test
    void reportsAreRecordedAndAFailedHeartbeatAlertsAtOnce() {
        CliRun started = CliRun.on(db, env, "--routine-step", "system.heartbeat", "started", "--as-of", "2026-03-02T05:00:00Z");
        assertThat(started.exitCode).as(started.toString()).isZero();
        assertThat(started.out).isEqualTo("Recorded heartbeat started at " + com.revops.app.Formats.when(
                java.time.Instant.parse("2026-03-02T05:00:00Z"), java.time.ZoneId.of("Europe/Berlin")) + " (planned 06:00–06:15).\n");

        CliRun failed = CliRun.on(db, env, "--routine-step", "heartbeat", "failed", "--error", "worker offline", "--json",
                "--as-of", "2026-03-02T05:02:00Z");
        assertThat(failed.exitCode).isZero();
        assertThat(failed.json().get("alerts").get(0).asText()).isEqualTo("routine_heartbeat_failed");
        assertThat(f.texts("SELECT routine_day || ' ' || step || ' ' || status || ' ' || coalesce(error, '-') FROM actp_routine_reports ORDER BY id"))
                .containsExactly("2026-03-02 heartbeat started -", "2026-03-02 heartbeat failed worker offline");
        assertThat(f.texts("SELECT alert_type || ' ' || severity FROM revops_alerts")).containsExactly("routine_heartbeat_failed urgent");
    }

    @Test
    void aGenerationStepFailedTwiceAlertsOnTheSecondFailure() {
        CliRun.on(db, env, "--routine-step", "generate_posts", "failed", "--error", "timeout", "--as-of", "2026-03-02T06:10:00Z");
        assertThat(f.count("SELECT count(*) FROM revops_alerts")).isZero();
        CliRun second = CliRun.on(db, env, "--routine-step", "generate_posts", "failed", "--error", "timeout", "--as-of", "2026-03-02T06:25:00Z");
        assertThat(second.out).contains("Alert raised: [warning] Generate 50 posts failed twice today (timeout): retried once, then skipped");
        assertThat(f.texts("SELECT alert_type FROM revops_alerts")).containsExactly("routine_step_failed");
    }

    @Test
    void badInputIsNamedAndADryRunWritesNothing() {
        CliRun unknown = CliRun.on(db, env, "--routine-step", "coffee", "ok");
        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err).contains("STEP: 'coffee' is not a routine step");
        CliRun badStatus = CliRun.on(db, env, "--routine-step", "heartbeat", "done");
        assertThat(badStatus.exitCode).isEqualTo(2);
        assertThat(badStatus.err).contains("--routine-step: 'done' is not a result; use started, ok or failed");
        CliRun errorOnOk = CliRun.on(db, env, "--routine-step", "heartbeat", "ok", "--error", "x");
        assertThat(errorOnOk.exitCode).isEqualTo(2);

        CliRun dry = CliRun.on(db, env, "--routine-step", "heartbeat", "failed", "--dry-run");
        assertThat(dry.exitCode).isZero();
        assertThat(dry.out).contains("Recorded heartbeat failed at ").contains("Dry run — rolled back: nothing was written, nothing was sent.")
                .contains("actp_routine_reports"); // what a real run would write
        assertThat(f.count("SELECT count(*) FROM actp_routine_reports")).isZero();
        assertThat(f.count("SELECT count(*) FROM revops_alerts")).isZero();
    }
}
